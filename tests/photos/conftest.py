import pytest
from django.contrib.auth.models import Group, User
from django.test import Client

from mia_portal.roles import PRESS_OFFICERS, PROCUREMENT_STAFF


def _client_of(username, group):
    user = User.objects.create_user(username, password="irrelevant", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def press_client(db):
    return _client_of("press", PRESS_OFFICERS)


@pytest.fixture
def procurement_client(db):
    return _client_of("buyer", PROCUREMENT_STAFF)
