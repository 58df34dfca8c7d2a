"""Helplines, regions, districts and regional departments.

The squash of 0001_initial … 0002_department_phones: a database that has them all applied counts
this one as applied and runs nothing.
"""

import contacts.phones
import django.core.validators
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    # Keeps databases migrated with the old files working, and resolves other migrations'
    # dependencies on the old names (('contacts', '0002_department_phones') is this one). It can
    # go, with those dependencies renamed, once every database in use has applied this migration.
    replaces = [
        ('contacts', '0001_initial'),
        ('contacts', '0002_department_phones'),
    ]

    initial = True

    dependencies = [
    ]

    operations = [
        migrations.CreateModel(
            name='Helpline',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('label', models.CharField(max_length=120, verbose_name='label')),
                ('label_tg', models.CharField(max_length=120, null=True, verbose_name='label')),
                ('label_ru', models.CharField(max_length=120, null=True, verbose_name='label')),
                ('label_en', models.CharField(max_length=120, null=True, verbose_name='label')),
                ('description', models.CharField(blank=True, max_length=255, verbose_name='description')),
                ('description_tg', models.CharField(blank=True, max_length=255, null=True, verbose_name='description')),
                ('description_ru', models.CharField(blank=True, max_length=255, null=True, verbose_name='description')),
                ('description_en', models.CharField(blank=True, max_length=255, null=True, verbose_name='description')),
                ('number', models.CharField(help_text='Used for the tap-to-call link, e.g. +992372212121.', max_length=16, validators=[django.core.validators.RegexValidator('^\\+?[0-9]{2,15}$', 'Digits only, optionally starting with +, as it is dialled (e.g. +992372212121 or 1919).')], verbose_name='number to dial')),
                ('display_number', models.CharField(help_text='How the number is written on the page, e.g. (+992 37) 221-21-21 or 19-19.', max_length=32, verbose_name='number as shown')),
                ('order', models.PositiveSmallIntegerField(default=0, verbose_name='order')),
                ('is_active', models.BooleanField(default=True, verbose_name='shown on the site')),
            ],
            options={
                'verbose_name': 'helpline',
                'verbose_name_plural': 'helplines',
                'ordering': ['order', 'pk'],
            },
        ),
        migrations.CreateModel(
            name='Region',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=120, verbose_name='name')),
                ('name_tg', models.CharField(max_length=120, null=True, verbose_name='name')),
                ('name_ru', models.CharField(max_length=120, null=True, verbose_name='name')),
                ('name_en', models.CharField(max_length=120, null=True, verbose_name='name')),
                ('slug', models.SlugField(max_length=60, unique=True, verbose_name='URL slug')),
                ('order', models.PositiveSmallIntegerField(default=0, verbose_name='order')),
            ],
            options={
                'verbose_name': 'region',
                'verbose_name_plural': 'regions',
                'ordering': ['order', 'pk'],
            },
        ),
        migrations.CreateModel(
            name='District',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=120, verbose_name='name')),
                ('name_tg', models.CharField(max_length=120, null=True, verbose_name='name')),
                ('name_ru', models.CharField(max_length=120, null=True, verbose_name='name')),
                ('name_en', models.CharField(max_length=120, null=True, verbose_name='name')),
                ('slug', models.SlugField(max_length=60, unique=True, verbose_name='URL slug')),
                ('kind', models.CharField(choices=[('city', 'city'), ('district', 'district')], default='district', max_length=10, verbose_name='kind')),
                ('region', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='districts', to='contacts.region', verbose_name='region')),
            ],
            options={
                'verbose_name': 'district or city',
                'verbose_name_plural': 'districts and cities',
                'ordering': ['region__order', 'name'],
            },
        ),
        migrations.CreateModel(
            name='RegionalDepartment',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=255, verbose_name='name')),
                ('name_tg', models.CharField(max_length=255, null=True, verbose_name='name')),
                ('name_ru', models.CharField(max_length=255, null=True, verbose_name='name')),
                ('name_en', models.CharField(max_length=255, null=True, verbose_name='name')),
                ('head', models.CharField(blank=True, max_length=255, verbose_name='head of department')),
                ('head_tg', models.CharField(blank=True, max_length=255, null=True, verbose_name='head of department')),
                ('head_ru', models.CharField(blank=True, max_length=255, null=True, verbose_name='head of department')),
                ('head_en', models.CharField(blank=True, max_length=255, null=True, verbose_name='head of department')),
                ('address', models.CharField(blank=True, max_length=255, verbose_name='address')),
                ('address_tg', models.CharField(blank=True, max_length=255, null=True, verbose_name='address')),
                ('address_ru', models.CharField(blank=True, max_length=255, null=True, verbose_name='address')),
                ('address_en', models.CharField(blank=True, max_length=255, null=True, verbose_name='address')),
                ('phones', models.CharField(blank=True, help_text='Separate several numbers with commas, e.g. +992372212121, +992935551234; the site groups the digits for reading.', max_length=255, validators=[contacts.phones.validate_numbers], verbose_name='phones')),
                ('email', models.EmailField(blank=True, max_length=254, verbose_name='e-mail')),
                ('reception_hours', models.CharField(blank=True, max_length=255, verbose_name='reception hours')),
                ('reception_hours_tg', models.CharField(blank=True, max_length=255, null=True, verbose_name='reception hours')),
                ('reception_hours_ru', models.CharField(blank=True, max_length=255, null=True, verbose_name='reception hours')),
                ('reception_hours_en', models.CharField(blank=True, max_length=255, null=True, verbose_name='reception hours')),
                ('order', models.PositiveSmallIntegerField(default=0, verbose_name='order')),
                ('district', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='departments', to='contacts.district', verbose_name='district or city')),
                ('region', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='departments', to='contacts.region', verbose_name='region')),
            ],
            options={
                'verbose_name': 'regional department',
                'verbose_name_plural': 'regional departments',
                'ordering': ['region__order', 'order', 'pk'],
            },
        ),
    ]
