"""Citizens' appeals, the Mobile reporter's tips, their evidence and who opened them."""

from appeals.models.appeal import Appeal, AppealEvent, AppealQuerySet
from appeals.models.evidence import Attachment, Opening
from appeals.models.office import OfficeMembership
from appeals.models.tip import Tip

__all__ = ["Appeal", "AppealEvent", "AppealQuerySet", "Attachment", "OfficeMembership", "Opening", "Tip"]
