"""Contains all the data models used in inputs/outputs.

Models are imported on first use (PEP 562 `__getattr__`), not here: a package of several hundred
models would otherwise cost over a second to import for a program that uses three of them.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .activity_log import ActivityLog
    from .activity_log_activity_type import ActivityLogActivityType
    from .activity_log_list import ActivityLogList
    from .activity_log_metadata import ActivityLogMetadata
    from .activity_log_metadata_message_type_0 import ActivityLogMetadataMessageType0
    from .activity_log_performed_by_type_0 import ActivityLogPerformedByType0
    from .addressable_list import AddressableList
    from .admin import Admin
    from .admin_list import AdminList
    from .admin_priority_level import AdminPriorityLevel
    from .admin_reply_conversation_request import AdminReplyConversationRequest
    from .admin_reply_conversation_request_message_type import AdminReplyConversationRequestMessageType
    from .admin_reply_conversation_request_type import AdminReplyConversationRequestType
    from .admin_reply_ticket_request import AdminReplyTicketRequest
    from .admin_reply_ticket_request_message_type import AdminReplyTicketRequestMessageType
    from .admin_reply_ticket_request_quick_reply_option import AdminReplyTicketRequestQuickReplyOption
    from .admin_reply_ticket_request_type import AdminReplyTicketRequestType
    from .admin_with_app import AdminWithApp
    from .admin_with_app_avatar_type_0 import AdminWithAppAvatarType0
    from .app import App
    from .article import Article
    from .article_content import ArticleContent
    from .article_content_state import ArticleContentState
    from .article_content_type import ArticleContentType
    from .article_list import ArticleList
    from .article_list_item import ArticleListItem
    from .article_list_item_state import ArticleListItemState
    from .article_list_item_type import ArticleListItemType
    from .article_list_type import ArticleListType
    from .article_search_highlights import ArticleSearchHighlights
    from .article_search_highlights_highlighted_summary_type_0_item_item import (
        ArticleSearchHighlightsHighlightedSummaryType0ItemItem,
    )
    from .article_search_highlights_highlighted_summary_type_0_item_item_type import (
        ArticleSearchHighlightsHighlightedSummaryType0ItemItemType,
    )
    from .article_search_highlights_highlighted_title_type_0_item import (
        ArticleSearchHighlightsHighlightedTitleType0Item,
    )
    from .article_search_highlights_highlighted_title_type_0_item_type import (
        ArticleSearchHighlightsHighlightedTitleType0ItemType,
    )
    from .article_search_response import ArticleSearchResponse
    from .article_search_response_data_type_0 import ArticleSearchResponseDataType0
    from .article_search_response_type import ArticleSearchResponseType
    from .article_statistics import ArticleStatistics
    from .article_statistics_type import ArticleStatisticsType
    from .article_translated_content import ArticleTranslatedContent
    from .article_translated_content_type import ArticleTranslatedContentType
    from .assign_conversation_request import AssignConversationRequest
    from .assign_conversation_request_message_type import AssignConversationRequestMessageType
    from .assign_conversation_request_type import AssignConversationRequestType
    from .attach_contact_to_a_company_body import AttachContactToACompanyBody
    from .attach_contact_to_conversation_request import AttachContactToConversationRequest
    from .attach_contact_to_conversation_request_email import AttachContactToConversationRequestEmail
    from .attach_contact_to_conversation_request_intercom_user_id import (
        AttachContactToConversationRequestIntercomUserID,
    )
    from .attach_contact_to_conversation_request_user_id import AttachContactToConversationRequestUserID
    from .attach_subscription_type_to_contact_body import AttachSubscriptionTypeToContactBody
    from .attach_tag_to_contact_body import AttachTagToContactBody
    from .attach_tag_to_conversation_body import AttachTagToConversationBody
    from .attach_tag_to_ticket_body import AttachTagToTicketBody
    from .close_conversation_request import CloseConversationRequest
    from .close_conversation_request_message_type import CloseConversationRequestMessageType
    from .close_conversation_request_type import CloseConversationRequestType
    from .collection import Collection
    from .collection_list import CollectionList
    from .collection_list_type import CollectionListType
    from .company import Company
    from .company_attached_contacts import CompanyAttachedContacts
    from .company_attached_contacts_type import CompanyAttachedContactsType
    from .company_attached_segments import CompanyAttachedSegments
    from .company_attached_segments_type import CompanyAttachedSegmentsType
    from .company_custom_attributes_type_0 import CompanyCustomAttributesType0
    from .company_data import CompanyData
    from .company_data_type import CompanyDataType
    from .company_list import CompanyList
    from .company_list_type import CompanyListType
    from .company_plan_type_0 import CompanyPlanType0
    from .company_scroll import CompanyScroll
    from .company_segments_type_0 import CompanySegmentsType0
    from .company_segments_type_0_type import CompanySegmentsType0Type
    from .company_tags_type_0 import CompanyTagsType0
    from .company_tags_type_0_type import CompanyTagsType0Type
    from .company_type import CompanyType
    from .contact import Contact
    from .contact_archived import ContactArchived
    from .contact_attached_companies import ContactAttachedCompanies
    from .contact_attached_companies_type import ContactAttachedCompaniesType
    from .contact_avatar_type_0 import ContactAvatarType0
    from .contact_companies import ContactCompanies
    from .contact_custom_attributes_type_0 import ContactCustomAttributesType0
    from .contact_deleted import ContactDeleted
    from .contact_list import ContactList
    from .contact_list_type import ContactListType
    from .contact_location import ContactLocation
    from .contact_notes import ContactNotes
    from .contact_opted_in_subscription_types_type_0 import ContactOptedInSubscriptionTypesType0
    from .contact_opted_out_subscription_types_type_0 import ContactOptedOutSubscriptionTypesType0
    from .contact_reference import ContactReference
    from .contact_reference_type import ContactReferenceType
    from .contact_reply_base_request import ContactReplyBaseRequest
    from .contact_reply_base_request_message_type import ContactReplyBaseRequestMessageType
    from .contact_reply_base_request_type import ContactReplyBaseRequestType
    from .contact_reply_email_request import ContactReplyEmailRequest
    from .contact_reply_intercom_user_id_request import ContactReplyIntercomUserIdRequest
    from .contact_reply_ticket_email_request import ContactReplyTicketEmailRequest
    from .contact_reply_ticket_intercom_user_id_request import ContactReplyTicketIntercomUserIdRequest
    from .contact_reply_ticket_user_id_request import ContactReplyTicketUserIdRequest
    from .contact_reply_user_id_request import ContactReplyUserIdRequest
    from .contact_segments import ContactSegments
    from .contact_segments_type import ContactSegmentsType
    from .contact_social_profiles import ContactSocialProfiles
    from .contact_subscription_types import ContactSubscriptionTypes
    from .contact_tags import ContactTags
    from .contact_unarchived import ContactUnarchived
    from .conversation import Conversation
    from .conversation_attachment_files import ConversationAttachmentFiles
    from .conversation_contacts import ConversationContacts
    from .conversation_contacts_type import ConversationContactsType
    from .conversation_customers_type_0_item import ConversationCustomersType0Item
    from .conversation_first_contact_reply import ConversationFirstContactReply
    from .conversation_list import ConversationList
    from .conversation_list_item import ConversationListItem
    from .conversation_list_item_priority import ConversationListItemPriority
    from .conversation_list_item_state import ConversationListItemState
    from .conversation_list_item_topics_type_0 import ConversationListItemTopicsType0
    from .conversation_list_type import ConversationListType
    from .conversation_part import ConversationPart
    from .conversation_part_author import ConversationPartAuthor
    from .conversation_parts import ConversationParts
    from .conversation_parts_type import ConversationPartsType
    from .conversation_rating import ConversationRating
    from .conversation_source import ConversationSource
    from .conversation_source_type import ConversationSourceType
    from .conversation_statistics import ConversationStatistics
    from .conversation_teammates import ConversationTeammates
    from .convert_conversation_to_ticket_request import ConvertConversationToTicketRequest
    from .convert_visitor_request import ConvertVisitorRequest
    from .convert_visitor_request_user import ConvertVisitorRequestUser
    from .convert_visitor_request_visitor import ConvertVisitorRequestVisitor
    from .create_article_request import CreateArticleRequest
    from .create_article_request_state import CreateArticleRequestState
    from .create_collection_request import CreateCollectionRequest
    from .create_contact_request import CreateContactRequest
    from .create_contact_request_custom_attributes_type_0 import CreateContactRequestCustomAttributesType0
    from .create_conversation_request import CreateConversationRequest
    from .create_conversation_request_from import CreateConversationRequestFrom
    from .create_conversation_request_from_type import CreateConversationRequestFromType
    from .create_data_attribute_request import CreateDataAttributeRequest
    from .create_data_attribute_request_data_type import CreateDataAttributeRequestDataType
    from .create_data_attribute_request_model import CreateDataAttributeRequestModel
    from .create_data_event_request import CreateDataEventRequest
    from .create_data_event_request_metadata import CreateDataEventRequestMetadata
    from .create_data_event_summaries_request import CreateDataEventSummariesRequest
    from .create_data_event_summaries_request_event_summaries import CreateDataEventSummariesRequestEventSummaries
    from .create_data_exports_request import CreateDataExportsRequest
    from .create_message_request import CreateMessageRequest
    from .create_message_request_from import CreateMessageRequestFrom
    from .create_message_request_from_type import CreateMessageRequestFromType
    from .create_message_request_message_type import CreateMessageRequestMessageType
    from .create_message_request_to import CreateMessageRequestTo
    from .create_message_request_to_type import CreateMessageRequestToType
    from .create_note_body import CreateNoteBody
    from .create_or_update_company_request import CreateOrUpdateCompanyRequest
    from .create_or_update_company_request_custom_attributes import CreateOrUpdateCompanyRequestCustomAttributes
    from .create_or_update_tag_request import CreateOrUpdateTagRequest
    from .create_phone_switch_request import CreatePhoneSwitchRequest
    from .create_ticket_request import CreateTicketRequest
    from .create_ticket_request_email import CreateTicketRequestEmail
    from .create_ticket_request_external_id import CreateTicketRequestExternalID
    from .create_ticket_request_id import CreateTicketRequestID
    from .create_ticket_type_attribute_request import CreateTicketTypeAttributeRequest
    from .create_ticket_type_attribute_request_data_type import CreateTicketTypeAttributeRequestDataType
    from .create_ticket_type_request import CreateTicketTypeRequest
    from .create_ticket_type_request_category import CreateTicketTypeRequestCategory
    from .cursor_pages import CursorPages
    from .cursor_pages_type import CursorPagesType
    from .custom_attributes import CustomAttributes
    from .custom_attributes_additional_property_type_2 import CustomAttributesAdditionalPropertyType2
    from .customer_request_email import CustomerRequestEmail
    from .customer_request_intercom_user_id import CustomerRequestIntercomUserId
    from .customer_request_user_id import CustomerRequestUserId
    from .data_attribute import DataAttribute
    from .data_attribute_data_type import DataAttributeDataType
    from .data_attribute_list import DataAttributeList
    from .data_attribute_list_type import DataAttributeListType
    from .data_attribute_model import DataAttributeModel
    from .data_attribute_type import DataAttributeType
    from .data_event import DataEvent
    from .data_event_list import DataEventList
    from .data_event_list_pages import DataEventListPages
    from .data_event_list_type import DataEventListType
    from .data_event_metadata import DataEventMetadata
    from .data_event_summary import DataEventSummary
    from .data_event_summary_item import DataEventSummaryItem
    from .data_event_summary_pages_type_0 import DataEventSummaryPagesType0
    from .data_event_summary_type import DataEventSummaryType
    from .data_event_type import DataEventType
    from .data_export import DataExport
    from .data_export_csv import DataExportCsv
    from .data_export_status import DataExportStatus
    from .deleted_article_object import DeletedArticleObject
    from .deleted_article_object_object import DeletedArticleObjectObject
    from .deleted_collection_object import DeletedCollectionObject
    from .deleted_collection_object_object import DeletedCollectionObjectObject
    from .deleted_company_object import DeletedCompanyObject
    from .deleted_company_object_object import DeletedCompanyObjectObject
    from .deleted_object import DeletedObject
    from .deleted_object_object import DeletedObjectObject
    from .detach_contact_from_conversation_request import DetachContactFromConversationRequest
    from .detach_tag_from_conversation_body import DetachTagFromConversationBody
    from .detach_tag_from_ticket_body import DetachTagFromTicketBody
    from .download_data_export_accept import DownloadDataExportAccept
    from .error import Error
    from .error_errors_type_0_item import ErrorErrorsType0Item
    from .file_attribute import FileAttribute
    from .group_content import GroupContent
    from .group_content_type import GroupContentType
    from .group_translated_content import GroupTranslatedContent
    from .group_translated_content_type import GroupTranslatedContentType
    from .help_center import HelpCenter
    from .help_center_list import HelpCenterList
    from .help_center_list_type import HelpCenterListType
    from .intercom_version import IntercomVersion
    from .linked_object import LinkedObject
    from .linked_object_category import LinkedObjectCategory
    from .linked_object_list import LinkedObjectList
    from .linked_object_list_type import LinkedObjectListType
    from .linked_object_type import LinkedObjectType
    from .lis_data_attributes_model import LisDataAttributesModel
    from .lis_data_events_email_query_parameter import LisDataEventsEmailQueryParameter
    from .lis_data_events_intercom_user_id_query_parameter import LisDataEventsIntercomUserIdQueryParameter
    from .lis_data_events_user_id_query_parameter import LisDataEventsUserIdQueryParameter
    from .merge_contacts_request import MergeContactsRequest
    from .message import Message
    from .message_message_type import MessageMessageType
    from .multiple_filter_search_request import MultipleFilterSearchRequest
    from .multiple_filter_search_request_operator import MultipleFilterSearchRequestOperator
    from .news_item import NewsItem
    from .news_item_request import NewsItemRequest
    from .news_item_request_state import NewsItemRequestState
    from .news_item_state import NewsItemState
    from .news_item_type import NewsItemType
    from .newsfeed import Newsfeed
    from .newsfeed_assignment import NewsfeedAssignment
    from .newsfeed_type import NewsfeedType
    from .note import Note
    from .note_contact_type_0 import NoteContactType0
    from .note_list import NoteList
    from .open_conversation_request import OpenConversationRequest
    from .open_conversation_request_message_type import OpenConversationRequestMessageType
    from .pages_link import PagesLink
    from .pages_link_type import PagesLinkType
    from .paginated_response import PaginatedResponse
    from .paginated_response_type import PaginatedResponseType
    from .part_attachment import PartAttachment
    from .phone_switch import PhoneSwitch
    from .phone_switch_type import PhoneSwitchType
    from .redact_conversation_request_redact_conversation_part_request import (
        RedactConversationRequestRedactConversationPartRequest,
    )
    from .redact_conversation_request_redact_conversation_part_request_type import (
        RedactConversationRequestRedactConversationPartRequestType,
    )
    from .redact_conversation_request_redact_conversation_source_request import (
        RedactConversationRequestRedactConversationSourceRequest,
    )
    from .redact_conversation_request_redact_conversation_source_request_type import (
        RedactConversationRequestRedactConversationSourceRequestType,
    )
    from .reference import Reference
    from .search_request import SearchRequest
    from .segment import Segment
    from .segment_list import SegmentList
    from .segment_list_pages_type_0 import SegmentListPagesType0
    from .segment_list_type import SegmentListType
    from .segment_person_type import SegmentPersonType
    from .segment_type import SegmentType
    from .set_away_admin_body import SetAwayAdminBody
    from .single_filter_search_request import SingleFilterSearchRequest
    from .single_filter_search_request_operator import SingleFilterSearchRequestOperator
    from .sla_applied import SlaApplied
    from .sla_applied_sla_status import SlaAppliedSlaStatus
    from .snooze_conversation_request import SnoozeConversationRequest
    from .snooze_conversation_request_message_type import SnoozeConversationRequestMessageType
    from .social_profile import SocialProfile
    from .starting_after_paging import StartingAfterPaging
    from .subscription_type import SubscriptionType
    from .subscription_type_consent_type import SubscriptionTypeConsentType
    from .subscription_type_content_types_type_0_item import SubscriptionTypeContentTypesType0Item
    from .subscription_type_list import SubscriptionTypeList
    from .subscription_type_list_type import SubscriptionTypeListType
    from .subscription_type_state import SubscriptionTypeState
    from .tag import Tag
    from .tag_basic import TagBasic
    from .tag_company_request import TagCompanyRequest
    from .tag_company_request_companies_item import TagCompanyRequestCompaniesItem
    from .tag_list import TagList
    from .tag_list_type import TagListType
    from .tag_multiple_users_request import TagMultipleUsersRequest
    from .tag_multiple_users_request_users_item import TagMultipleUsersRequestUsersItem
    from .tags import Tags
    from .tags_type import TagsType
    from .team import Team
    from .team_list import TeamList
    from .team_list_type import TeamListType
    from .team_priority_level import TeamPriorityLevel
    from .ticket import Ticket
    from .ticket_category import TicketCategory
    from .ticket_contacts import TicketContacts
    from .ticket_contacts_type import TicketContactsType
    from .ticket_custom_attributes import TicketCustomAttributes
    from .ticket_list import TicketList
    from .ticket_list_type import TicketListType
    from .ticket_part import TicketPart
    from .ticket_part_author import TicketPartAuthor
    from .ticket_part_author_type import TicketPartAuthorType
    from .ticket_part_previous_ticket_state import TicketPartPreviousTicketState
    from .ticket_part_ticket_state import TicketPartTicketState
    from .ticket_parts import TicketParts
    from .ticket_parts_type import TicketPartsType
    from .ticket_reply import TicketReply
    from .ticket_reply_part_type import TicketReplyPartType
    from .ticket_reply_type import TicketReplyType
    from .ticket_request_custom_attributes import TicketRequestCustomAttributes
    from .ticket_ticket_state import TicketTicketState
    from .ticket_type import TicketType
    from .ticket_type_attribute import TicketTypeAttribute
    from .ticket_type_attribute_input_options_type_0 import TicketTypeAttributeInputOptionsType0
    from .ticket_type_attribute_list import TicketTypeAttributeList
    from .ticket_type_category import TicketTypeCategory
    from .ticket_type_enum import TicketTypeEnum
    from .ticket_type_list import TicketTypeList
    from .translation import Translation
    from .untag_company_request import UntagCompanyRequest
    from .untag_company_request_companies_item import UntagCompanyRequestCompaniesItem
    from .update_article_request import UpdateArticleRequest
    from .update_article_request_state import UpdateArticleRequestState
    from .update_collection_request import UpdateCollectionRequest
    from .update_contact_request import UpdateContactRequest
    from .update_contact_request_custom_attributes_type_0 import UpdateContactRequestCustomAttributesType0
    from .update_conversation_request import UpdateConversationRequest
    from .update_data_attribute_request import UpdateDataAttributeRequest
    from .update_ticket_request import UpdateTicketRequest
    from .update_ticket_request_assignment import UpdateTicketRequestAssignment
    from .update_ticket_request_state import UpdateTicketRequestState
    from .update_ticket_request_ticket_attributes import UpdateTicketRequestTicketAttributes
    from .update_ticket_type_attribute_request import UpdateTicketTypeAttributeRequest
    from .update_ticket_type_request import UpdateTicketTypeRequest
    from .update_ticket_type_request_category import UpdateTicketTypeRequestCategory
    from .update_visitor_request import UpdateVisitorRequest
    from .update_visitor_request_custom_attributes import UpdateVisitorRequestCustomAttributes
    from .visitor import Visitor
    from .visitor_avatar_type_0 import VisitorAvatarType0
    from .visitor_companies_type_0 import VisitorCompaniesType0
    from .visitor_companies_type_0_type import VisitorCompaniesType0Type
    from .visitor_custom_attributes_type_0 import VisitorCustomAttributesType0
    from .visitor_deleted_object import VisitorDeletedObject
    from .visitor_deleted_object_type import VisitorDeletedObjectType
    from .visitor_location_data_type_0 import VisitorLocationDataType0
    from .visitor_segments_type_0 import VisitorSegmentsType0
    from .visitor_segments_type_0_type import VisitorSegmentsType0Type
    from .visitor_social_profiles_type_0 import VisitorSocialProfilesType0
    from .visitor_social_profiles_type_0_type import VisitorSocialProfilesType0Type
    from .visitor_tags_type_0 import VisitorTagsType0
    from .visitor_tags_type_0_type import VisitorTagsType0Type

_MODULES = {
    "ActivityLog": "activity_log",
    "ActivityLogActivityType": "activity_log_activity_type",
    "ActivityLogList": "activity_log_list",
    "ActivityLogMetadata": "activity_log_metadata",
    "ActivityLogMetadataMessageType0": "activity_log_metadata_message_type_0",
    "ActivityLogPerformedByType0": "activity_log_performed_by_type_0",
    "AddressableList": "addressable_list",
    "Admin": "admin",
    "AdminList": "admin_list",
    "AdminPriorityLevel": "admin_priority_level",
    "AdminReplyConversationRequest": "admin_reply_conversation_request",
    "AdminReplyConversationRequestMessageType": "admin_reply_conversation_request_message_type",
    "AdminReplyConversationRequestType": "admin_reply_conversation_request_type",
    "AdminReplyTicketRequest": "admin_reply_ticket_request",
    "AdminReplyTicketRequestMessageType": "admin_reply_ticket_request_message_type",
    "AdminReplyTicketRequestQuickReplyOption": "admin_reply_ticket_request_quick_reply_option",
    "AdminReplyTicketRequestType": "admin_reply_ticket_request_type",
    "AdminWithApp": "admin_with_app",
    "AdminWithAppAvatarType0": "admin_with_app_avatar_type_0",
    "App": "app",
    "Article": "article",
    "ArticleContent": "article_content",
    "ArticleContentState": "article_content_state",
    "ArticleContentType": "article_content_type",
    "ArticleList": "article_list",
    "ArticleListItem": "article_list_item",
    "ArticleListItemState": "article_list_item_state",
    "ArticleListItemType": "article_list_item_type",
    "ArticleListType": "article_list_type",
    "ArticleSearchHighlights": "article_search_highlights",
    "ArticleSearchHighlightsHighlightedSummaryType0ItemItem": "article_search_highlights_highlighted_summary_type_0_item_item",
    "ArticleSearchHighlightsHighlightedSummaryType0ItemItemType": "article_search_highlights_highlighted_summary_type_0_item_item_type",
    "ArticleSearchHighlightsHighlightedTitleType0Item": "article_search_highlights_highlighted_title_type_0_item",
    "ArticleSearchHighlightsHighlightedTitleType0ItemType": "article_search_highlights_highlighted_title_type_0_item_type",
    "ArticleSearchResponse": "article_search_response",
    "ArticleSearchResponseDataType0": "article_search_response_data_type_0",
    "ArticleSearchResponseType": "article_search_response_type",
    "ArticleStatistics": "article_statistics",
    "ArticleStatisticsType": "article_statistics_type",
    "ArticleTranslatedContent": "article_translated_content",
    "ArticleTranslatedContentType": "article_translated_content_type",
    "AssignConversationRequest": "assign_conversation_request",
    "AssignConversationRequestMessageType": "assign_conversation_request_message_type",
    "AssignConversationRequestType": "assign_conversation_request_type",
    "AttachContactToACompanyBody": "attach_contact_to_a_company_body",
    "AttachContactToConversationRequest": "attach_contact_to_conversation_request",
    "AttachContactToConversationRequestEmail": "attach_contact_to_conversation_request_email",
    "AttachContactToConversationRequestIntercomUserID": "attach_contact_to_conversation_request_intercom_user_id",
    "AttachContactToConversationRequestUserID": "attach_contact_to_conversation_request_user_id",
    "AttachSubscriptionTypeToContactBody": "attach_subscription_type_to_contact_body",
    "AttachTagToContactBody": "attach_tag_to_contact_body",
    "AttachTagToConversationBody": "attach_tag_to_conversation_body",
    "AttachTagToTicketBody": "attach_tag_to_ticket_body",
    "CloseConversationRequest": "close_conversation_request",
    "CloseConversationRequestMessageType": "close_conversation_request_message_type",
    "CloseConversationRequestType": "close_conversation_request_type",
    "Collection": "collection",
    "CollectionList": "collection_list",
    "CollectionListType": "collection_list_type",
    "Company": "company",
    "CompanyAttachedContacts": "company_attached_contacts",
    "CompanyAttachedContactsType": "company_attached_contacts_type",
    "CompanyAttachedSegments": "company_attached_segments",
    "CompanyAttachedSegmentsType": "company_attached_segments_type",
    "CompanyCustomAttributesType0": "company_custom_attributes_type_0",
    "CompanyData": "company_data",
    "CompanyDataType": "company_data_type",
    "CompanyList": "company_list",
    "CompanyListType": "company_list_type",
    "CompanyPlanType0": "company_plan_type_0",
    "CompanyScroll": "company_scroll",
    "CompanySegmentsType0": "company_segments_type_0",
    "CompanySegmentsType0Type": "company_segments_type_0_type",
    "CompanyTagsType0": "company_tags_type_0",
    "CompanyTagsType0Type": "company_tags_type_0_type",
    "CompanyType": "company_type",
    "Contact": "contact",
    "ContactArchived": "contact_archived",
    "ContactAttachedCompanies": "contact_attached_companies",
    "ContactAttachedCompaniesType": "contact_attached_companies_type",
    "ContactAvatarType0": "contact_avatar_type_0",
    "ContactCompanies": "contact_companies",
    "ContactCustomAttributesType0": "contact_custom_attributes_type_0",
    "ContactDeleted": "contact_deleted",
    "ContactList": "contact_list",
    "ContactListType": "contact_list_type",
    "ContactLocation": "contact_location",
    "ContactNotes": "contact_notes",
    "ContactOptedInSubscriptionTypesType0": "contact_opted_in_subscription_types_type_0",
    "ContactOptedOutSubscriptionTypesType0": "contact_opted_out_subscription_types_type_0",
    "ContactReference": "contact_reference",
    "ContactReferenceType": "contact_reference_type",
    "ContactReplyBaseRequest": "contact_reply_base_request",
    "ContactReplyBaseRequestMessageType": "contact_reply_base_request_message_type",
    "ContactReplyBaseRequestType": "contact_reply_base_request_type",
    "ContactReplyEmailRequest": "contact_reply_email_request",
    "ContactReplyIntercomUserIdRequest": "contact_reply_intercom_user_id_request",
    "ContactReplyTicketEmailRequest": "contact_reply_ticket_email_request",
    "ContactReplyTicketIntercomUserIdRequest": "contact_reply_ticket_intercom_user_id_request",
    "ContactReplyTicketUserIdRequest": "contact_reply_ticket_user_id_request",
    "ContactReplyUserIdRequest": "contact_reply_user_id_request",
    "ContactSegments": "contact_segments",
    "ContactSegmentsType": "contact_segments_type",
    "ContactSocialProfiles": "contact_social_profiles",
    "ContactSubscriptionTypes": "contact_subscription_types",
    "ContactTags": "contact_tags",
    "ContactUnarchived": "contact_unarchived",
    "Conversation": "conversation",
    "ConversationAttachmentFiles": "conversation_attachment_files",
    "ConversationContacts": "conversation_contacts",
    "ConversationContactsType": "conversation_contacts_type",
    "ConversationCustomersType0Item": "conversation_customers_type_0_item",
    "ConversationFirstContactReply": "conversation_first_contact_reply",
    "ConversationList": "conversation_list",
    "ConversationListItem": "conversation_list_item",
    "ConversationListItemPriority": "conversation_list_item_priority",
    "ConversationListItemState": "conversation_list_item_state",
    "ConversationListItemTopicsType0": "conversation_list_item_topics_type_0",
    "ConversationListType": "conversation_list_type",
    "ConversationPart": "conversation_part",
    "ConversationPartAuthor": "conversation_part_author",
    "ConversationParts": "conversation_parts",
    "ConversationPartsType": "conversation_parts_type",
    "ConversationRating": "conversation_rating",
    "ConversationSource": "conversation_source",
    "ConversationSourceType": "conversation_source_type",
    "ConversationStatistics": "conversation_statistics",
    "ConversationTeammates": "conversation_teammates",
    "ConvertConversationToTicketRequest": "convert_conversation_to_ticket_request",
    "ConvertVisitorRequest": "convert_visitor_request",
    "ConvertVisitorRequestUser": "convert_visitor_request_user",
    "ConvertVisitorRequestVisitor": "convert_visitor_request_visitor",
    "CreateArticleRequest": "create_article_request",
    "CreateArticleRequestState": "create_article_request_state",
    "CreateCollectionRequest": "create_collection_request",
    "CreateContactRequest": "create_contact_request",
    "CreateContactRequestCustomAttributesType0": "create_contact_request_custom_attributes_type_0",
    "CreateConversationRequest": "create_conversation_request",
    "CreateConversationRequestFrom": "create_conversation_request_from",
    "CreateConversationRequestFromType": "create_conversation_request_from_type",
    "CreateDataAttributeRequest": "create_data_attribute_request",
    "CreateDataAttributeRequestDataType": "create_data_attribute_request_data_type",
    "CreateDataAttributeRequestModel": "create_data_attribute_request_model",
    "CreateDataEventRequest": "create_data_event_request",
    "CreateDataEventRequestMetadata": "create_data_event_request_metadata",
    "CreateDataEventSummariesRequest": "create_data_event_summaries_request",
    "CreateDataEventSummariesRequestEventSummaries": "create_data_event_summaries_request_event_summaries",
    "CreateDataExportsRequest": "create_data_exports_request",
    "CreateMessageRequest": "create_message_request",
    "CreateMessageRequestFrom": "create_message_request_from",
    "CreateMessageRequestFromType": "create_message_request_from_type",
    "CreateMessageRequestMessageType": "create_message_request_message_type",
    "CreateMessageRequestTo": "create_message_request_to",
    "CreateMessageRequestToType": "create_message_request_to_type",
    "CreateNoteBody": "create_note_body",
    "CreateOrUpdateCompanyRequest": "create_or_update_company_request",
    "CreateOrUpdateCompanyRequestCustomAttributes": "create_or_update_company_request_custom_attributes",
    "CreateOrUpdateTagRequest": "create_or_update_tag_request",
    "CreatePhoneSwitchRequest": "create_phone_switch_request",
    "CreateTicketRequest": "create_ticket_request",
    "CreateTicketRequestEmail": "create_ticket_request_email",
    "CreateTicketRequestExternalID": "create_ticket_request_external_id",
    "CreateTicketRequestID": "create_ticket_request_id",
    "CreateTicketTypeAttributeRequest": "create_ticket_type_attribute_request",
    "CreateTicketTypeAttributeRequestDataType": "create_ticket_type_attribute_request_data_type",
    "CreateTicketTypeRequest": "create_ticket_type_request",
    "CreateTicketTypeRequestCategory": "create_ticket_type_request_category",
    "CursorPages": "cursor_pages",
    "CursorPagesType": "cursor_pages_type",
    "CustomAttributes": "custom_attributes",
    "CustomAttributesAdditionalPropertyType2": "custom_attributes_additional_property_type_2",
    "CustomerRequestEmail": "customer_request_email",
    "CustomerRequestIntercomUserId": "customer_request_intercom_user_id",
    "CustomerRequestUserId": "customer_request_user_id",
    "DataAttribute": "data_attribute",
    "DataAttributeDataType": "data_attribute_data_type",
    "DataAttributeList": "data_attribute_list",
    "DataAttributeListType": "data_attribute_list_type",
    "DataAttributeModel": "data_attribute_model",
    "DataAttributeType": "data_attribute_type",
    "DataEvent": "data_event",
    "DataEventList": "data_event_list",
    "DataEventListPages": "data_event_list_pages",
    "DataEventListType": "data_event_list_type",
    "DataEventMetadata": "data_event_metadata",
    "DataEventSummary": "data_event_summary",
    "DataEventSummaryItem": "data_event_summary_item",
    "DataEventSummaryPagesType0": "data_event_summary_pages_type_0",
    "DataEventSummaryType": "data_event_summary_type",
    "DataEventType": "data_event_type",
    "DataExport": "data_export",
    "DataExportCsv": "data_export_csv",
    "DataExportStatus": "data_export_status",
    "DeletedArticleObject": "deleted_article_object",
    "DeletedArticleObjectObject": "deleted_article_object_object",
    "DeletedCollectionObject": "deleted_collection_object",
    "DeletedCollectionObjectObject": "deleted_collection_object_object",
    "DeletedCompanyObject": "deleted_company_object",
    "DeletedCompanyObjectObject": "deleted_company_object_object",
    "DeletedObject": "deleted_object",
    "DeletedObjectObject": "deleted_object_object",
    "DetachContactFromConversationRequest": "detach_contact_from_conversation_request",
    "DetachTagFromConversationBody": "detach_tag_from_conversation_body",
    "DetachTagFromTicketBody": "detach_tag_from_ticket_body",
    "DownloadDataExportAccept": "download_data_export_accept",
    "Error": "error",
    "ErrorErrorsType0Item": "error_errors_type_0_item",
    "FileAttribute": "file_attribute",
    "GroupContent": "group_content",
    "GroupContentType": "group_content_type",
    "GroupTranslatedContent": "group_translated_content",
    "GroupTranslatedContentType": "group_translated_content_type",
    "HelpCenter": "help_center",
    "HelpCenterList": "help_center_list",
    "HelpCenterListType": "help_center_list_type",
    "IntercomVersion": "intercom_version",
    "LinkedObject": "linked_object",
    "LinkedObjectCategory": "linked_object_category",
    "LinkedObjectList": "linked_object_list",
    "LinkedObjectListType": "linked_object_list_type",
    "LinkedObjectType": "linked_object_type",
    "LisDataAttributesModel": "lis_data_attributes_model",
    "LisDataEventsEmailQueryParameter": "lis_data_events_email_query_parameter",
    "LisDataEventsIntercomUserIdQueryParameter": "lis_data_events_intercom_user_id_query_parameter",
    "LisDataEventsUserIdQueryParameter": "lis_data_events_user_id_query_parameter",
    "MergeContactsRequest": "merge_contacts_request",
    "Message": "message",
    "MessageMessageType": "message_message_type",
    "MultipleFilterSearchRequest": "multiple_filter_search_request",
    "MultipleFilterSearchRequestOperator": "multiple_filter_search_request_operator",
    "Newsfeed": "newsfeed",
    "NewsfeedAssignment": "newsfeed_assignment",
    "NewsfeedType": "newsfeed_type",
    "NewsItem": "news_item",
    "NewsItemRequest": "news_item_request",
    "NewsItemRequestState": "news_item_request_state",
    "NewsItemState": "news_item_state",
    "NewsItemType": "news_item_type",
    "Note": "note",
    "NoteContactType0": "note_contact_type_0",
    "NoteList": "note_list",
    "OpenConversationRequest": "open_conversation_request",
    "OpenConversationRequestMessageType": "open_conversation_request_message_type",
    "PagesLink": "pages_link",
    "PagesLinkType": "pages_link_type",
    "PaginatedResponse": "paginated_response",
    "PaginatedResponseType": "paginated_response_type",
    "PartAttachment": "part_attachment",
    "PhoneSwitch": "phone_switch",
    "PhoneSwitchType": "phone_switch_type",
    "RedactConversationRequestRedactConversationPartRequest": "redact_conversation_request_redact_conversation_part_request",
    "RedactConversationRequestRedactConversationPartRequestType": "redact_conversation_request_redact_conversation_part_request_type",
    "RedactConversationRequestRedactConversationSourceRequest": "redact_conversation_request_redact_conversation_source_request",
    "RedactConversationRequestRedactConversationSourceRequestType": "redact_conversation_request_redact_conversation_source_request_type",
    "Reference": "reference",
    "SearchRequest": "search_request",
    "Segment": "segment",
    "SegmentList": "segment_list",
    "SegmentListPagesType0": "segment_list_pages_type_0",
    "SegmentListType": "segment_list_type",
    "SegmentPersonType": "segment_person_type",
    "SegmentType": "segment_type",
    "SetAwayAdminBody": "set_away_admin_body",
    "SingleFilterSearchRequest": "single_filter_search_request",
    "SingleFilterSearchRequestOperator": "single_filter_search_request_operator",
    "SlaApplied": "sla_applied",
    "SlaAppliedSlaStatus": "sla_applied_sla_status",
    "SnoozeConversationRequest": "snooze_conversation_request",
    "SnoozeConversationRequestMessageType": "snooze_conversation_request_message_type",
    "SocialProfile": "social_profile",
    "StartingAfterPaging": "starting_after_paging",
    "SubscriptionType": "subscription_type",
    "SubscriptionTypeConsentType": "subscription_type_consent_type",
    "SubscriptionTypeContentTypesType0Item": "subscription_type_content_types_type_0_item",
    "SubscriptionTypeList": "subscription_type_list",
    "SubscriptionTypeListType": "subscription_type_list_type",
    "SubscriptionTypeState": "subscription_type_state",
    "Tag": "tag",
    "TagBasic": "tag_basic",
    "TagCompanyRequest": "tag_company_request",
    "TagCompanyRequestCompaniesItem": "tag_company_request_companies_item",
    "TagList": "tag_list",
    "TagListType": "tag_list_type",
    "TagMultipleUsersRequest": "tag_multiple_users_request",
    "TagMultipleUsersRequestUsersItem": "tag_multiple_users_request_users_item",
    "Tags": "tags",
    "TagsType": "tags_type",
    "Team": "team",
    "TeamList": "team_list",
    "TeamListType": "team_list_type",
    "TeamPriorityLevel": "team_priority_level",
    "Ticket": "ticket",
    "TicketCategory": "ticket_category",
    "TicketContacts": "ticket_contacts",
    "TicketContactsType": "ticket_contacts_type",
    "TicketCustomAttributes": "ticket_custom_attributes",
    "TicketList": "ticket_list",
    "TicketListType": "ticket_list_type",
    "TicketPart": "ticket_part",
    "TicketPartAuthor": "ticket_part_author",
    "TicketPartAuthorType": "ticket_part_author_type",
    "TicketPartPreviousTicketState": "ticket_part_previous_ticket_state",
    "TicketParts": "ticket_parts",
    "TicketPartsType": "ticket_parts_type",
    "TicketPartTicketState": "ticket_part_ticket_state",
    "TicketReply": "ticket_reply",
    "TicketReplyPartType": "ticket_reply_part_type",
    "TicketReplyType": "ticket_reply_type",
    "TicketRequestCustomAttributes": "ticket_request_custom_attributes",
    "TicketTicketState": "ticket_ticket_state",
    "TicketType": "ticket_type",
    "TicketTypeAttribute": "ticket_type_attribute",
    "TicketTypeAttributeInputOptionsType0": "ticket_type_attribute_input_options_type_0",
    "TicketTypeAttributeList": "ticket_type_attribute_list",
    "TicketTypeCategory": "ticket_type_category",
    "TicketTypeEnum": "ticket_type_enum",
    "TicketTypeList": "ticket_type_list",
    "Translation": "translation",
    "UntagCompanyRequest": "untag_company_request",
    "UntagCompanyRequestCompaniesItem": "untag_company_request_companies_item",
    "UpdateArticleRequest": "update_article_request",
    "UpdateArticleRequestState": "update_article_request_state",
    "UpdateCollectionRequest": "update_collection_request",
    "UpdateContactRequest": "update_contact_request",
    "UpdateContactRequestCustomAttributesType0": "update_contact_request_custom_attributes_type_0",
    "UpdateConversationRequest": "update_conversation_request",
    "UpdateDataAttributeRequest": "update_data_attribute_request",
    "UpdateTicketRequest": "update_ticket_request",
    "UpdateTicketRequestAssignment": "update_ticket_request_assignment",
    "UpdateTicketRequestState": "update_ticket_request_state",
    "UpdateTicketRequestTicketAttributes": "update_ticket_request_ticket_attributes",
    "UpdateTicketTypeAttributeRequest": "update_ticket_type_attribute_request",
    "UpdateTicketTypeRequest": "update_ticket_type_request",
    "UpdateTicketTypeRequestCategory": "update_ticket_type_request_category",
    "UpdateVisitorRequest": "update_visitor_request",
    "UpdateVisitorRequestCustomAttributes": "update_visitor_request_custom_attributes",
    "Visitor": "visitor",
    "VisitorAvatarType0": "visitor_avatar_type_0",
    "VisitorCompaniesType0": "visitor_companies_type_0",
    "VisitorCompaniesType0Type": "visitor_companies_type_0_type",
    "VisitorCustomAttributesType0": "visitor_custom_attributes_type_0",
    "VisitorDeletedObject": "visitor_deleted_object",
    "VisitorDeletedObjectType": "visitor_deleted_object_type",
    "VisitorLocationDataType0": "visitor_location_data_type_0",
    "VisitorSegmentsType0": "visitor_segments_type_0",
    "VisitorSegmentsType0Type": "visitor_segments_type_0_type",
    "VisitorSocialProfilesType0": "visitor_social_profiles_type_0",
    "VisitorSocialProfilesType0Type": "visitor_social_profiles_type_0_type",
    "VisitorTagsType0": "visitor_tags_type_0",
    "VisitorTagsType0Type": "visitor_tags_type_0_type",
}


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "ActivityLog",
    "ActivityLogActivityType",
    "ActivityLogList",
    "ActivityLogMetadata",
    "ActivityLogMetadataMessageType0",
    "ActivityLogPerformedByType0",
    "AddressableList",
    "Admin",
    "AdminList",
    "AdminPriorityLevel",
    "AdminReplyConversationRequest",
    "AdminReplyConversationRequestMessageType",
    "AdminReplyConversationRequestType",
    "AdminReplyTicketRequest",
    "AdminReplyTicketRequestMessageType",
    "AdminReplyTicketRequestQuickReplyOption",
    "AdminReplyTicketRequestType",
    "AdminWithApp",
    "AdminWithAppAvatarType0",
    "App",
    "Article",
    "ArticleContent",
    "ArticleContentState",
    "ArticleContentType",
    "ArticleList",
    "ArticleListItem",
    "ArticleListItemState",
    "ArticleListItemType",
    "ArticleListType",
    "ArticleSearchHighlights",
    "ArticleSearchHighlightsHighlightedSummaryType0ItemItem",
    "ArticleSearchHighlightsHighlightedSummaryType0ItemItemType",
    "ArticleSearchHighlightsHighlightedTitleType0Item",
    "ArticleSearchHighlightsHighlightedTitleType0ItemType",
    "ArticleSearchResponse",
    "ArticleSearchResponseDataType0",
    "ArticleSearchResponseType",
    "ArticleStatistics",
    "ArticleStatisticsType",
    "ArticleTranslatedContent",
    "ArticleTranslatedContentType",
    "AssignConversationRequest",
    "AssignConversationRequestMessageType",
    "AssignConversationRequestType",
    "AttachContactToACompanyBody",
    "AttachContactToConversationRequest",
    "AttachContactToConversationRequestEmail",
    "AttachContactToConversationRequestIntercomUserID",
    "AttachContactToConversationRequestUserID",
    "AttachSubscriptionTypeToContactBody",
    "AttachTagToContactBody",
    "AttachTagToConversationBody",
    "AttachTagToTicketBody",
    "CloseConversationRequest",
    "CloseConversationRequestMessageType",
    "CloseConversationRequestType",
    "Collection",
    "CollectionList",
    "CollectionListType",
    "Company",
    "CompanyAttachedContacts",
    "CompanyAttachedContactsType",
    "CompanyAttachedSegments",
    "CompanyAttachedSegmentsType",
    "CompanyCustomAttributesType0",
    "CompanyData",
    "CompanyDataType",
    "CompanyList",
    "CompanyListType",
    "CompanyPlanType0",
    "CompanyScroll",
    "CompanySegmentsType0",
    "CompanySegmentsType0Type",
    "CompanyTagsType0",
    "CompanyTagsType0Type",
    "CompanyType",
    "Contact",
    "ContactArchived",
    "ContactAttachedCompanies",
    "ContactAttachedCompaniesType",
    "ContactAvatarType0",
    "ContactCompanies",
    "ContactCustomAttributesType0",
    "ContactDeleted",
    "ContactList",
    "ContactListType",
    "ContactLocation",
    "ContactNotes",
    "ContactOptedInSubscriptionTypesType0",
    "ContactOptedOutSubscriptionTypesType0",
    "ContactReference",
    "ContactReferenceType",
    "ContactReplyBaseRequest",
    "ContactReplyBaseRequestMessageType",
    "ContactReplyBaseRequestType",
    "ContactReplyEmailRequest",
    "ContactReplyIntercomUserIdRequest",
    "ContactReplyTicketEmailRequest",
    "ContactReplyTicketIntercomUserIdRequest",
    "ContactReplyTicketUserIdRequest",
    "ContactReplyUserIdRequest",
    "ContactSegments",
    "ContactSegmentsType",
    "ContactSocialProfiles",
    "ContactSubscriptionTypes",
    "ContactTags",
    "ContactUnarchived",
    "Conversation",
    "ConversationAttachmentFiles",
    "ConversationContacts",
    "ConversationContactsType",
    "ConversationCustomersType0Item",
    "ConversationFirstContactReply",
    "ConversationList",
    "ConversationListItem",
    "ConversationListItemPriority",
    "ConversationListItemState",
    "ConversationListItemTopicsType0",
    "ConversationListType",
    "ConversationPart",
    "ConversationPartAuthor",
    "ConversationParts",
    "ConversationPartsType",
    "ConversationRating",
    "ConversationSource",
    "ConversationSourceType",
    "ConversationStatistics",
    "ConversationTeammates",
    "ConvertConversationToTicketRequest",
    "ConvertVisitorRequest",
    "ConvertVisitorRequestUser",
    "ConvertVisitorRequestVisitor",
    "CreateArticleRequest",
    "CreateArticleRequestState",
    "CreateCollectionRequest",
    "CreateContactRequest",
    "CreateContactRequestCustomAttributesType0",
    "CreateConversationRequest",
    "CreateConversationRequestFrom",
    "CreateConversationRequestFromType",
    "CreateDataAttributeRequest",
    "CreateDataAttributeRequestDataType",
    "CreateDataAttributeRequestModel",
    "CreateDataEventRequest",
    "CreateDataEventRequestMetadata",
    "CreateDataEventSummariesRequest",
    "CreateDataEventSummariesRequestEventSummaries",
    "CreateDataExportsRequest",
    "CreateMessageRequest",
    "CreateMessageRequestFrom",
    "CreateMessageRequestFromType",
    "CreateMessageRequestMessageType",
    "CreateMessageRequestTo",
    "CreateMessageRequestToType",
    "CreateNoteBody",
    "CreateOrUpdateCompanyRequest",
    "CreateOrUpdateCompanyRequestCustomAttributes",
    "CreateOrUpdateTagRequest",
    "CreatePhoneSwitchRequest",
    "CreateTicketRequest",
    "CreateTicketRequestEmail",
    "CreateTicketRequestExternalID",
    "CreateTicketRequestID",
    "CreateTicketTypeAttributeRequest",
    "CreateTicketTypeAttributeRequestDataType",
    "CreateTicketTypeRequest",
    "CreateTicketTypeRequestCategory",
    "CursorPages",
    "CursorPagesType",
    "CustomAttributes",
    "CustomAttributesAdditionalPropertyType2",
    "CustomerRequestEmail",
    "CustomerRequestIntercomUserId",
    "CustomerRequestUserId",
    "DataAttribute",
    "DataAttributeDataType",
    "DataAttributeList",
    "DataAttributeListType",
    "DataAttributeModel",
    "DataAttributeType",
    "DataEvent",
    "DataEventList",
    "DataEventListPages",
    "DataEventListType",
    "DataEventMetadata",
    "DataEventSummary",
    "DataEventSummaryItem",
    "DataEventSummaryPagesType0",
    "DataEventSummaryType",
    "DataEventType",
    "DataExport",
    "DataExportCsv",
    "DataExportStatus",
    "DeletedArticleObject",
    "DeletedArticleObjectObject",
    "DeletedCollectionObject",
    "DeletedCollectionObjectObject",
    "DeletedCompanyObject",
    "DeletedCompanyObjectObject",
    "DeletedObject",
    "DeletedObjectObject",
    "DetachContactFromConversationRequest",
    "DetachTagFromConversationBody",
    "DetachTagFromTicketBody",
    "DownloadDataExportAccept",
    "Error",
    "ErrorErrorsType0Item",
    "FileAttribute",
    "GroupContent",
    "GroupContentType",
    "GroupTranslatedContent",
    "GroupTranslatedContentType",
    "HelpCenter",
    "HelpCenterList",
    "HelpCenterListType",
    "IntercomVersion",
    "LinkedObject",
    "LinkedObjectCategory",
    "LinkedObjectList",
    "LinkedObjectListType",
    "LinkedObjectType",
    "LisDataAttributesModel",
    "LisDataEventsEmailQueryParameter",
    "LisDataEventsIntercomUserIdQueryParameter",
    "LisDataEventsUserIdQueryParameter",
    "MergeContactsRequest",
    "Message",
    "MessageMessageType",
    "MultipleFilterSearchRequest",
    "MultipleFilterSearchRequestOperator",
    "NewsItem",
    "NewsItemRequest",
    "NewsItemRequestState",
    "NewsItemState",
    "NewsItemType",
    "Newsfeed",
    "NewsfeedAssignment",
    "NewsfeedType",
    "Note",
    "NoteContactType0",
    "NoteList",
    "OpenConversationRequest",
    "OpenConversationRequestMessageType",
    "PagesLink",
    "PagesLinkType",
    "PaginatedResponse",
    "PaginatedResponseType",
    "PartAttachment",
    "PhoneSwitch",
    "PhoneSwitchType",
    "RedactConversationRequestRedactConversationPartRequest",
    "RedactConversationRequestRedactConversationPartRequestType",
    "RedactConversationRequestRedactConversationSourceRequest",
    "RedactConversationRequestRedactConversationSourceRequestType",
    "Reference",
    "SearchRequest",
    "Segment",
    "SegmentList",
    "SegmentListPagesType0",
    "SegmentListType",
    "SegmentPersonType",
    "SegmentType",
    "SetAwayAdminBody",
    "SingleFilterSearchRequest",
    "SingleFilterSearchRequestOperator",
    "SlaApplied",
    "SlaAppliedSlaStatus",
    "SnoozeConversationRequest",
    "SnoozeConversationRequestMessageType",
    "SocialProfile",
    "StartingAfterPaging",
    "SubscriptionType",
    "SubscriptionTypeConsentType",
    "SubscriptionTypeContentTypesType0Item",
    "SubscriptionTypeList",
    "SubscriptionTypeListType",
    "SubscriptionTypeState",
    "Tag",
    "TagBasic",
    "TagCompanyRequest",
    "TagCompanyRequestCompaniesItem",
    "TagList",
    "TagListType",
    "TagMultipleUsersRequest",
    "TagMultipleUsersRequestUsersItem",
    "Tags",
    "TagsType",
    "Team",
    "TeamList",
    "TeamListType",
    "TeamPriorityLevel",
    "Ticket",
    "TicketCategory",
    "TicketContacts",
    "TicketContactsType",
    "TicketCustomAttributes",
    "TicketList",
    "TicketListType",
    "TicketPart",
    "TicketPartAuthor",
    "TicketPartAuthorType",
    "TicketPartPreviousTicketState",
    "TicketPartTicketState",
    "TicketParts",
    "TicketPartsType",
    "TicketReply",
    "TicketReplyPartType",
    "TicketReplyType",
    "TicketRequestCustomAttributes",
    "TicketTicketState",
    "TicketType",
    "TicketTypeAttribute",
    "TicketTypeAttributeInputOptionsType0",
    "TicketTypeAttributeList",
    "TicketTypeCategory",
    "TicketTypeEnum",
    "TicketTypeList",
    "Translation",
    "UntagCompanyRequest",
    "UntagCompanyRequestCompaniesItem",
    "UpdateArticleRequest",
    "UpdateArticleRequestState",
    "UpdateCollectionRequest",
    "UpdateContactRequest",
    "UpdateContactRequestCustomAttributesType0",
    "UpdateConversationRequest",
    "UpdateDataAttributeRequest",
    "UpdateTicketRequest",
    "UpdateTicketRequestAssignment",
    "UpdateTicketRequestState",
    "UpdateTicketRequestTicketAttributes",
    "UpdateTicketTypeAttributeRequest",
    "UpdateTicketTypeRequest",
    "UpdateTicketTypeRequestCategory",
    "UpdateVisitorRequest",
    "UpdateVisitorRequestCustomAttributes",
    "Visitor",
    "VisitorAvatarType0",
    "VisitorCompaniesType0",
    "VisitorCompaniesType0Type",
    "VisitorCustomAttributesType0",
    "VisitorDeletedObject",
    "VisitorDeletedObjectType",
    "VisitorLocationDataType0",
    "VisitorSegmentsType0",
    "VisitorSegmentsType0Type",
    "VisitorSocialProfilesType0",
    "VisitorSocialProfilesType0Type",
    "VisitorTagsType0",
    "VisitorTagsType0Type",
)
