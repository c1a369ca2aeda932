from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_part_state import ConversationPartState
from ..types import NO_KEYS, UNSET, Unset, new_instance

if TYPE_CHECKING:
    from ..models.conversation_attribute_updated_by_admin import ConversationAttributeUpdatedByAdmin
    from ..models.conversation_attribute_updated_by_user import ConversationAttributeUpdatedByUser
    from ..models.conversation_attribute_updated_by_workflow import ConversationAttributeUpdatedByWorkflow
    from ..models.conversation_part_author import ConversationPartAuthor
    from ..models.conversation_part_metadata import ConversationPartMetadata
    from ..models.custom_action_finished import CustomActionFinished
    from ..models.custom_action_started import CustomActionStarted
    from ..models.email_message_metadata import EmailMessageMetadata
    from ..models.operator_workflow_event import OperatorWorkflowEvent
    from ..models.part_attachment import PartAttachment
    from ..models.reference import Reference
    from ..models.tag_basic import TagBasic


T = TypeVar("T", bound="ConversationPart")


@_attrs_define
class ConversationPart:
    """A Conversation Part represents a message in the conversation.

    Attributes:
        type_ (None | str): Always conversation_part Example: conversation_part.
        id (None | str): The id representing the conversation part. Example: 3.
        part_type (None | str): The type of conversation part. Example: comment.
        body (None | str): The message body, which may contain HTML. For Twitter, this will show a generic message
            regarding why the body is obscured. In webhook payloads for API version 2.15+, this field returns plain text.
            Example: <p>Okay!</p>.
        created_at (int | None): The time the conversation part was created. Example: 1663597223.
        updated_at (int | None): The last time the conversation part was updated. Example: 1663597260.
        notified_at (int | None): The time the user was notified with the conversation part. Example: 1663597260.
        assigned_to (None | Reference): The id of the admin that was assigned the conversation by this conversation_part
            (null if there has been no change in assignment.)
        author (ConversationPartAuthor | None):
        attachments (list[PartAttachment] | None): A list of attachments for the part.
        external_id (None | str): The external id of the conversation part Example: abcd1234.
        redacted (bool | None): Whether or not the conversation part has been redacted. Example: False.
        email_message_metadata (EmailMessageMetadata | None):
        metadata (ConversationPartMetadata | None):
        state (ConversationPartState | None): Indicates the current state of conversation when the conversation part was
            created. Example: open.
        tags (list[TagBasic] | None): A list of tags objects associated with the conversation part.
        event_details (ConversationAttributeUpdatedByAdmin | ConversationAttributeUpdatedByUser |
            ConversationAttributeUpdatedByWorkflow | CustomActionFinished | CustomActionStarted | None |
            OperatorWorkflowEvent):
        app_package_code (None | str): The app package code if this part was created via API. null if the part was not
            created via API. Example: test-integration.
    """

    type_: None | str = None
    id: None | str = None
    part_type: None | str = None
    body: None | str = None
    created_at: int | None = None
    updated_at: int | None = None
    notified_at: int | None = None
    assigned_to: None | Reference = None
    author: ConversationPartAuthor | None = None
    attachments: list[PartAttachment] | None = None
    external_id: None | str = None
    redacted: bool | None = None
    email_message_metadata: EmailMessageMetadata | None = None
    metadata: ConversationPartMetadata | None = None
    state: ConversationPartState | None = None
    tags: list[TagBasic] | None = None
    event_details: (
        ConversationAttributeUpdatedByAdmin
        | ConversationAttributeUpdatedByUser
        | ConversationAttributeUpdatedByWorkflow
        | CustomActionFinished
        | CustomActionStarted
        | None
        | OperatorWorkflowEvent
    ) = None
    app_package_code: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received: Mapping[str, Any] = _attrs_field(init=False, default=NO_KEYS, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        part_type: None | str | Unset
        if isinstance(self.part_type, Unset):
            part_type = UNSET
        else:
            part_type = self.part_type

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: int | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        notified_at: int | None | Unset
        if isinstance(self.notified_at, Unset):
            notified_at = UNSET
        else:
            notified_at = self.notified_at

        assigned_to: dict[str, Any] | None | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        elif isinstance(self.assigned_to, Reference):
            assigned_to = self.assigned_to.to_dict()
        else:
            assigned_to = self.assigned_to

        author: dict[str, Any] | None | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        elif isinstance(self.author, ConversationPartAuthor):
            author = self.author.to_dict()
        else:
            author = self.author

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        redacted: bool | None | Unset
        if isinstance(self.redacted, Unset):
            redacted = UNSET
        else:
            redacted = self.redacted

        email_message_metadata: dict[str, Any] | None | Unset
        if isinstance(self.email_message_metadata, Unset):
            email_message_metadata = UNSET
        elif isinstance(self.email_message_metadata, EmailMessageMetadata):
            email_message_metadata = self.email_message_metadata.to_dict()
        else:
            email_message_metadata = self.email_message_metadata

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ConversationPartMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, ConversationPartState):
            state = self.state.value
        else:
            state = self.state

        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)

        else:
            tags = self.tags

        event_details: dict[str, Any] | None | Unset
        if isinstance(self.event_details, Unset):
            event_details = UNSET
        elif (
            isinstance(self.event_details, ConversationAttributeUpdatedByWorkflow)
            or isinstance(self.event_details, ConversationAttributeUpdatedByAdmin)
            or isinstance(self.event_details, ConversationAttributeUpdatedByUser)
            or isinstance(self.event_details, CustomActionStarted)
            or isinstance(self.event_details, CustomActionFinished)
            or isinstance(self.event_details, OperatorWorkflowEvent)
        ):
            event_details = self.event_details.to_dict()
        else:
            event_details = self.event_details

        app_package_code: None | str | Unset
        if isinstance(self.app_package_code, Unset):
            app_package_code = UNSET
        else:
            app_package_code = self.app_package_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and (type_ is not None or "type" in self._received):
            field_dict["type"] = type_
        if id is not UNSET and (id is not None or "id" in self._received):
            field_dict["id"] = id
        if part_type is not UNSET and (part_type is not None or "part_type" in self._received):
            field_dict["part_type"] = part_type
        if body is not UNSET and (body is not None or "body" in self._received):
            field_dict["body"] = body
        if created_at is not UNSET and (created_at is not None or "created_at" in self._received):
            field_dict["created_at"] = created_at
        if updated_at is not UNSET and (updated_at is not None or "updated_at" in self._received):
            field_dict["updated_at"] = updated_at
        if notified_at is not UNSET and (notified_at is not None or "notified_at" in self._received):
            field_dict["notified_at"] = notified_at
        if assigned_to is not UNSET and (assigned_to is not None or "assigned_to" in self._received):
            field_dict["assigned_to"] = assigned_to
        if author is not UNSET and (author is not None or "author" in self._received):
            field_dict["author"] = author
        if attachments is not UNSET and (attachments is not None or "attachments" in self._received):
            field_dict["attachments"] = attachments
        if external_id is not UNSET and (external_id is not None or "external_id" in self._received):
            field_dict["external_id"] = external_id
        if redacted is not UNSET and (redacted is not None or "redacted" in self._received):
            field_dict["redacted"] = redacted
        if email_message_metadata is not UNSET and (
            email_message_metadata is not None or "email_message_metadata" in self._received
        ):
            field_dict["email_message_metadata"] = email_message_metadata
        if metadata is not UNSET and (metadata is not None or "metadata" in self._received):
            field_dict["metadata"] = metadata
        if state is not UNSET and (state is not None or "state" in self._received):
            field_dict["state"] = state
        if tags is not UNSET and (tags is not None or "tags" in self._received):
            field_dict["tags"] = tags
        if event_details is not UNSET and (event_details is not None or "event_details" in self._received):
            field_dict["event_details"] = event_details
        if app_package_code is not UNSET and (app_package_code is not None or "app_package_code" in self._received):
            field_dict["app_package_code"] = app_package_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        self = new_instance(cls)
        if cls is not ConversationPart:
            cls.__init__(self)
        self.type_ = src_dict.get("type")

        self.id = src_dict.get("id")

        self.part_type = src_dict.get("part_type")

        self.body = src_dict.get("body")

        self.created_at = src_dict.get("created_at")

        self.updated_at = src_dict.get("updated_at")

        self.notified_at = src_dict.get("notified_at")

        assigned_to = src_dict.get("assigned_to")
        if isinstance(assigned_to, dict):
            try:
                assigned_to_type_0 = Reference.from_dict(assigned_to)

                assigned_to = assigned_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.assigned_to = assigned_to

        author = src_dict.get("author")
        if isinstance(author, dict):
            try:
                author_type_0 = ConversationPartAuthor.from_dict(author)

                author = author_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.author = author

        attachments = src_dict.get("attachments")
        if isinstance(attachments, list):
            try:
                attachments_type_0 = []
                _attachments_type_0 = attachments
                for attachments_type_0_item_data in _attachments_type_0:
                    attachments_type_0_item = PartAttachment.from_dict(attachments_type_0_item_data)

                    attachments_type_0.append(attachments_type_0_item)

                attachments = attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.attachments = attachments

        self.external_id = src_dict.get("external_id")

        self.redacted = src_dict.get("redacted")

        email_message_metadata = src_dict.get("email_message_metadata")
        if isinstance(email_message_metadata, dict):
            try:
                email_message_metadata_type_0 = EmailMessageMetadata.from_dict(email_message_metadata)

                email_message_metadata = email_message_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.email_message_metadata = email_message_metadata

        metadata = src_dict.get("metadata")
        if isinstance(metadata, dict):
            try:
                metadata_type_0 = ConversationPartMetadata.from_dict(metadata)

                metadata = metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.metadata = metadata

        state = src_dict.get("state")
        if isinstance(state, str):
            try:
                state_type_1 = ConversationPartState(state)

                state = state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.state = state

        tags = src_dict.get("tags")
        if isinstance(tags, list):
            try:
                tags_type_0 = []
                _tags_type_0 = tags
                for tags_type_0_item_data in _tags_type_0:
                    tags_type_0_item = TagBasic.from_dict(tags_type_0_item_data)

                    tags_type_0.append(tags_type_0_item)

                tags = tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        self.tags = tags

        def _parse_event_details(
            data: object,
        ) -> (
            ConversationAttributeUpdatedByAdmin
            | ConversationAttributeUpdatedByUser
            | ConversationAttributeUpdatedByWorkflow
            | CustomActionFinished
            | CustomActionStarted
            | None
            | OperatorWorkflowEvent
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                return cast(
                    ConversationAttributeUpdatedByAdmin
                    | ConversationAttributeUpdatedByUser
                    | ConversationAttributeUpdatedByWorkflow
                    | CustomActionFinished
                    | CustomActionStarted
                    | None
                    | OperatorWorkflowEvent
                    | Unset,
                    data,
                )
            discriminator_value = src_dict.get("part_type")
            if discriminator_value == "conversation_attribute_updated_by_workflow":
                componentsschemasevent_details_type_0 = ConversationAttributeUpdatedByWorkflow.from_dict(data)

                return componentsschemasevent_details_type_0
            if discriminator_value == "conversation_attribute_updated_by_admin":
                componentsschemasevent_details_type_1 = ConversationAttributeUpdatedByAdmin.from_dict(data)

                return componentsschemasevent_details_type_1
            if discriminator_value == "conversation_attribute_updated_by_user":
                componentsschemasevent_details_type_2 = ConversationAttributeUpdatedByUser.from_dict(data)

                return componentsschemasevent_details_type_2
            if discriminator_value == "custom_action_started":
                componentsschemasevent_details_type_3 = CustomActionStarted.from_dict(data)

                return componentsschemasevent_details_type_3
            if discriminator_value == "custom_action_finished":
                componentsschemasevent_details_type_4 = CustomActionFinished.from_dict(data)

                return componentsschemasevent_details_type_4
            if discriminator_value == "operator_workflow_event":
                componentsschemasevent_details_type_5 = OperatorWorkflowEvent.from_dict(data)

                return componentsschemasevent_details_type_5
            # A tag no member claims (a kind added upstream): the object as received, not a wrong class.
            return cast(
                ConversationAttributeUpdatedByAdmin
                | ConversationAttributeUpdatedByUser
                | ConversationAttributeUpdatedByWorkflow
                | CustomActionFinished
                | CustomActionStarted
                | None
                | OperatorWorkflowEvent
                | Unset,
                data,
            )

        event_details = _parse_event_details(src_dict.get("event_details"))
        self.event_details = event_details

        self.app_package_code = src_dict.get("app_package_code")

        self._received = src_dict
        if _KNOWN_KEYS.issuperset(src_dict):
            self.additional_properties = {}
        else:
            d = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            self.additional_properties = d
        return self

    @property
    def received_keys(self) -> AbstractSet[str]:
        """The keys of the object this one was read from (empty if built in code): tells an absent
        property from a null one, both of which read as None."""
        return self._received.keys()

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


#: The properties this model declares: any other key of a received object is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "type",
        "id",
        "part_type",
        "body",
        "created_at",
        "updated_at",
        "notified_at",
        "assigned_to",
        "author",
        "attachments",
        "external_id",
        "redacted",
        "email_message_metadata",
        "metadata",
        "state",
        "tags",
        "event_details",
        "app_package_code",
    }
)


_lazy_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this one refers to (deferred: they may refer back to this module)."""
    global \
        _lazy_loaded, \
        ConversationAttributeUpdatedByAdmin, \
        ConversationAttributeUpdatedByUser, \
        ConversationAttributeUpdatedByWorkflow, \
        ConversationPartAuthor, \
        ConversationPartMetadata, \
        CustomActionFinished, \
        CustomActionStarted, \
        EmailMessageMetadata, \
        OperatorWorkflowEvent, \
        PartAttachment, \
        Reference, \
        TagBasic
    from ..models.conversation_attribute_updated_by_admin import ConversationAttributeUpdatedByAdmin
    from ..models.conversation_attribute_updated_by_user import ConversationAttributeUpdatedByUser
    from ..models.conversation_attribute_updated_by_workflow import ConversationAttributeUpdatedByWorkflow
    from ..models.conversation_part_author import ConversationPartAuthor
    from ..models.conversation_part_metadata import ConversationPartMetadata
    from ..models.custom_action_finished import CustomActionFinished
    from ..models.custom_action_started import CustomActionStarted
    from ..models.email_message_metadata import EmailMessageMetadata
    from ..models.operator_workflow_event import OperatorWorkflowEvent
    from ..models.part_attachment import PartAttachment
    from ..models.reference import Reference
    from ..models.tag_basic import TagBasic

    _lazy_loaded = True
