import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from contacts import phones
from contacts.models import Helpline, RegionalDepartment
from demo.contacts import load as load_contacts
from tests.factories import make_department, make_helpline, make_region

pytestmark = pytest.mark.django_db


def contacts_url(language):
    with translation.override(language):
        return reverse("contacts:list")


@pytest.mark.parametrize("language", ["tg", "ru", "en"])
def test_contacts_page_lists_helplines_as_tap_to_call_links(client, language):
    make_helpline(number="1919", display_number="19-19")
    response = client.get(contacts_url(language))
    assert response.status_code == 200
    assert f'lang="{language}"' in response.content.decode()
    assert '<a class="phone" href="tel:1919">19-19</a>' in response.content.decode()


def test_departments_are_grouped_under_their_region(client):
    sughd = make_region(slug="sughd", name_en="Sughd Region")
    khatlon = make_region(slug="khatlon", name_en="Khatlon Region")
    make_department(sughd, name_en="Department for Sughd", phones="+992342000000, +992342000001")
    make_department(khatlon, name_en="Department for Khatlon")
    make_region(slug="empty", name_en="Region Without Departments")

    page = client.get(contacts_url("en")).content.decode()

    assert page.index("Sughd Region") < page.index("Department for Sughd") < page.index("Khatlon Region")
    assert page.index("Khatlon Region") < page.index("Department for Khatlon")
    assert "Region Without Departments" not in page
    assert 'href="tel:+992342000001"' in page


def test_contacts_page_query_count_does_not_grow_with_departments(client, django_assert_num_queries):
    region = make_region()
    make_department(region)
    client.get(contacts_url("en"))  # warm up anything lazy
    with django_assert_num_queries(3) as captured:
        client.get(contacts_url("en"))
    for index in range(20):
        make_department(make_region(slug=f"region-{index}"))
    with django_assert_num_queries(len(captured.captured_queries)):
        client.get(contacts_url("en"))


def test_inactive_helplines_are_not_shown(client):
    make_helpline(number="1919", display_number="19-19", is_active=False)
    assert "19-19" not in client.get(contacts_url("en")).content.decode()


def test_demo_contacts_load_twice_without_duplicates():
    load_contacts()
    load_contacts()
    assert Helpline.objects.filter(number="+992372212121").count() == 1
    assert Helpline.objects.get(number="1919").label_tg == "Хизмати Мадад"


def test_department_phones_are_grouped_for_reading_and_dialled_as_e164(client):
    make_department(phones="+992372212121, +992 3422 6-54-32, +992935551234, 102")
    page = client.get(contacts_url("en")).content.decode()
    assert '<a class="department__phone" href="tel:+992372212121">+992 37 221-21-21</a>' in page
    assert '<a class="department__phone" href="tel:+992342265432">+992 3422 6-54-32</a>' in page
    assert '<a class="department__phone" href="tel:+992935551234">+992 93 555-12-34</a>' in page
    assert '<a class="department__phone" href="tel:102">102</a>' in page


@pytest.mark.parametrize("number", ["+992 37 221-21-21", "(+992 37) 221-21-21", "+992372212121"])
def test_a_number_reads_the_same_however_it_was_typed(number):
    assert phones.shown(number) == "+992 37 221-21-21"
    assert phones.dialled(number) == "+992372212121"


def test_foreign_and_short_numbers_are_shown_as_dialled():
    assert phones.shown("+74951234567") == "+74951234567"
    assert phones.shown("1919") == "1919"


def test_a_department_phone_that_is_not_a_number_is_refused():
    department = make_department(phones="+992372212121, call the duty officer")
    with pytest.raises(ValidationError) as refused:
        department.full_clean()
    assert "call the duty officer" in str(refused.value.message_dict["phones"])


@pytest.mark.parametrize(
    ("language", "region", "department", "expected_region", "expected_department"),
    [
        ("tg", "шаҳри Душанбе", "раёсати ВКД", "Шаҳри Душанбе", "Раёсати ВКД"),
        (
            "ru",
            "город Душанбе",
            "управление МВД на транспорте",
            "Город Душанбе",
            "Управление МВД на транспорте",
        ),
        (
            "en",
            "Sughd region",
            "Department of the MIA for rail and air transport",
            "Sughd Region",
            "Department of the MIA for Rail and Air Transport",
        ),
    ],
    ids=["tg", "ru", "en"],
)
def test_region_and_department_headings_take_the_heading_case_of_their_language(
    client, language, region, department, expected_region, expected_department
):
    make_department(make_region(**{f"name_{language}": region}), **{f"name_{language}": department})
    page = client.get(contacts_url(language)).content.decode()
    assert f"<h3>{expected_region}</h3>" in page
    assert f'<h4 class="department__name">{expected_department}</h4>' in page


def test_every_demo_department_has_a_phone_and_an_e_mail():
    load_contacts()
    for department in RegionalDepartment.objects.all():
        assert department.phone_list(), department.name_en
        assert department.email, department.name_en
        department.full_clean()
