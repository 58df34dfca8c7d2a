import pytest
from django.urls import reverse
from django.utils import translation

from contacts.demo import load as load_contacts
from contacts.models import Helpline
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
    sughd = make_region(slug="sughd", name_en="Sughd region")
    khatlon = make_region(slug="khatlon", name_en="Khatlon region")
    make_department(sughd, name_en="Department for Sughd", phones="+992342000000, +992342000001")
    make_department(khatlon, name_en="Department for Khatlon")
    make_region(slug="empty", name_en="Region without departments")

    page = client.get(contacts_url("en")).content.decode()

    assert page.index("Sughd region") < page.index("Department for Sughd") < page.index("Khatlon region")
    assert page.index("Khatlon region") < page.index("Department for Khatlon")
    assert "Region without departments" not in page
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
