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
    from .activity_log_metadata_after_type_0 import ActivityLogMetadataAfterType0
    from .activity_log_metadata_before_type_0 import ActivityLogMetadataBeforeType0
    from .activity_log_metadata_changes_type_0 import ActivityLogMetadataChangesType0
    from .activity_log_metadata_changes_type_0_additional_property import (
        ActivityLogMetadataChangesType0AdditionalProperty,
    )
    from .activity_log_metadata_message_type_0 import ActivityLogMetadataMessageType0
    from .activity_log_metadata_team_type_0 import ActivityLogMetadataTeamType0
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
    from .ai_agent import AiAgent
    from .ai_agent_last_answer_type import AiAgentLastAnswerType
    from .ai_agent_resolution_state import AiAgentResolutionState
    from .ai_agent_source_type import AiAgentSourceType
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
    from .away_status_reason import AwayStatusReason
    from .away_status_reason_list import AwayStatusReasonList
    from .away_status_reason_list_type import AwayStatusReasonListType
    from .call import Call
    from .call_list import CallList
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
    from .contact_blocked import ContactBlocked
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
    from .contact_reply_base_request_quick_reply_option import ContactReplyBaseRequestQuickReplyOption
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
    from .content_import_source import ContentImportSource
    from .content_import_source_status import ContentImportSourceStatus
    from .content_import_source_sync_behavior import ContentImportSourceSyncBehavior
    from .content_import_source_type import ContentImportSourceType
    from .content_import_sources_list import ContentImportSourcesList
    from .content_import_sources_list_type import ContentImportSourcesListType
    from .content_source import ContentSource
    from .content_source_content_type import ContentSourceContentType
    from .content_sources_list import ContentSourcesList
    from .content_sources_list_type import ContentSourcesListType
    from .conversation import Conversation
    from .conversation_attachment_files import ConversationAttachmentFiles
    from .conversation_attribute_updated_by_admin import ConversationAttributeUpdatedByAdmin
    from .conversation_attribute_updated_by_admin_attribute_type_0 import (
        ConversationAttributeUpdatedByAdminAttributeType0,
    )
    from .conversation_attribute_updated_by_admin_value_type_0 import ConversationAttributeUpdatedByAdminValueType0
    from .conversation_attribute_updated_by_workflow import ConversationAttributeUpdatedByWorkflow
    from .conversation_attribute_updated_by_workflow_attribute_type_0 import (
        ConversationAttributeUpdatedByWorkflowAttributeType0,
    )
    from .conversation_attribute_updated_by_workflow_value_type_0 import (
        ConversationAttributeUpdatedByWorkflowValueType0,
    )
    from .conversation_attribute_updated_by_workflow_workflow_type_0 import (
        ConversationAttributeUpdatedByWorkflowWorkflowType0,
    )
    from .conversation_contacts import ConversationContacts
    from .conversation_contacts_type import ConversationContactsType
    from .conversation_customers_type_0_item import ConversationCustomersType0Item
    from .conversation_deleted import ConversationDeleted
    from .conversation_deleted_object import ConversationDeletedObject
    from .conversation_first_contact_reply import ConversationFirstContactReply
    from .conversation_list import ConversationList
    from .conversation_list_item import ConversationListItem
    from .conversation_list_item_priority import ConversationListItemPriority
    from .conversation_list_item_state import ConversationListItemState
    from .conversation_list_item_topics_type_0 import ConversationListItemTopicsType0
    from .conversation_list_type import ConversationListType
    from .conversation_part import ConversationPart
    from .conversation_part_author import ConversationPartAuthor
    from .conversation_part_metadata import ConversationPartMetadata
    from .conversation_part_metadata_quick_reply_options_type_0_item import (
        ConversationPartMetadataQuickReplyOptionsType0Item,
    )
    from .conversation_part_metadata_quick_reply_options_type_0_item_translations_type_0 import (
        ConversationPartMetadataQuickReplyOptionsType0ItemTranslationsType0,
    )
    from .conversation_part_state import ConversationPartState
    from .conversation_parts import ConversationParts
    from .conversation_parts_type import ConversationPartsType
    from .conversation_rating import ConversationRating
    from .conversation_response_time import ConversationResponseTime
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
    from .create_contact_response_200 import CreateContactResponse200
    from .create_content_import_source_request import CreateContentImportSourceRequest
    from .create_content_import_source_request_status import CreateContentImportSourceRequestStatus
    from .create_content_import_source_request_sync_behavior import CreateContentImportSourceRequestSyncBehavior
    from .create_conversation_request import CreateConversationRequest
    from .create_conversation_request_from import CreateConversationRequestFrom
    from .create_conversation_request_from_type import CreateConversationRequestFromType
    from .create_data_attribute_request_list_attribute import CreateDataAttributeRequestListAttribute
    from .create_data_attribute_request_list_attribute_data_type import CreateDataAttributeRequestListAttributeDataType
    from .create_data_attribute_request_list_attribute_options_item import (
        CreateDataAttributeRequestListAttributeOptionsItem,
    )
    from .create_data_attribute_request_other_type import CreateDataAttributeRequestOtherType
    from .create_data_attribute_request_other_type_data_type import CreateDataAttributeRequestOtherTypeDataType
    from .create_data_event_request import CreateDataEventRequest
    from .create_data_event_request_metadata import CreateDataEventRequestMetadata
    from .create_data_event_summaries_request import CreateDataEventSummariesRequest
    from .create_data_event_summaries_request_event_summaries import CreateDataEventSummariesRequestEventSummaries
    from .create_data_exports_request import CreateDataExportsRequest
    from .create_external_page_request import CreateExternalPageRequest
    from .create_external_page_request_locale import CreateExternalPageRequestLocale
    from .create_internal_article_request import CreateInternalArticleRequest
    from .create_message_request import CreateMessageRequest
    from .create_message_request_from import CreateMessageRequestFrom
    from .create_message_request_from_type import CreateMessageRequestFromType
    from .create_message_request_message_type import CreateMessageRequestMessageType
    from .create_note_body import CreateNoteBody
    from .create_or_update_company_request import CreateOrUpdateCompanyRequest
    from .create_or_update_company_request_custom_attributes import CreateOrUpdateCompanyRequestCustomAttributes
    from .create_or_update_custom_object_instance_request import CreateOrUpdateCustomObjectInstanceRequest
    from .create_or_update_custom_object_instance_request_custom_attributes_type_0 import (
        CreateOrUpdateCustomObjectInstanceRequestCustomAttributesType0,
    )
    from .create_or_update_tag_request import CreateOrUpdateTagRequest
    from .create_phone_switch_request import CreatePhoneSwitchRequest
    from .create_ticket_body import CreateTicketBody
    from .create_ticket_request import CreateTicketRequest
    from .create_ticket_request_assignment import CreateTicketRequestAssignment
    from .create_ticket_request_email import CreateTicketRequestEmail
    from .create_ticket_request_external_id import CreateTicketRequestExternalID
    from .create_ticket_request_id import CreateTicketRequestID
    from .create_ticket_type_attribute_request import CreateTicketTypeAttributeRequest
    from .create_ticket_type_attribute_request_data_type import CreateTicketTypeAttributeRequestDataType
    from .create_ticket_type_request import CreateTicketTypeRequest
    from .create_ticket_type_request_category import CreateTicketTypeRequestCategory
    from .cursor_pages import CursorPages
    from .cursor_pages_type import CursorPagesType
    from .custom_action_finished import CustomActionFinished
    from .custom_action_finished_action_type_0 import CustomActionFinishedActionType0
    from .custom_action_finished_action_type_0_result import CustomActionFinishedActionType0Result
    from .custom_action_started import CustomActionStarted
    from .custom_action_started_action_type_0 import CustomActionStartedActionType0
    from .custom_attributes import CustomAttributes
    from .custom_object_instance import CustomObjectInstance
    from .custom_object_instance_custom_attributes_type_0 import CustomObjectInstanceCustomAttributesType0
    from .custom_object_instance_deleted import CustomObjectInstanceDeleted
    from .custom_object_instance_list import CustomObjectInstanceList
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
    from .deleted_internal_article_object import DeletedInternalArticleObject
    from .deleted_internal_article_object_object import DeletedInternalArticleObjectObject
    from .deleted_object import DeletedObject
    from .deleted_object_object import DeletedObjectObject
    from .detach_contact_from_conversation_request import DetachContactFromConversationRequest
    from .detach_tag_from_conversation_body import DetachTagFromConversationBody
    from .detach_tag_from_ticket_body import DetachTagFromTicketBody
    from .download_data_export_accept import DownloadDataExportAccept
    from .download_reporting_data_export_accept import DownloadReportingDataExportAccept
    from .email_address_header import EmailAddressHeader
    from .email_message_metadata import EmailMessageMetadata
    from .enqueue_create_ticket_body import EnqueueCreateTicketBody
    from .enqueue_reporting_data_export_body import EnqueueReportingDataExportBody
    from .enqueue_reporting_data_export_response_200 import EnqueueReportingDataExportResponse200
    from .error import Error
    from .error_errors_type_0_item import ErrorErrorsType0Item
    from .external_page import ExternalPage
    from .external_page_locale import ExternalPageLocale
    from .external_page_type import ExternalPageType
    from .external_pages_list import ExternalPagesList
    from .external_pages_list_type import ExternalPagesListType
    from .file_attribute import FileAttribute
    from .fin_agent_attachment import FinAgentAttachment
    from .fin_agent_attachment_type import FinAgentAttachmentType
    from .fin_agent_attribute_errors import FinAgentAttributeErrors
    from .fin_agent_attribute_errors_conversation_type_0 import FinAgentAttributeErrorsConversationType0
    from .fin_agent_attribute_errors_conversation_type_0_attributes_type_0 import (
        FinAgentAttributeErrorsConversationType0AttributesType0,
    )
    from .fin_agent_attribute_errors_user_type_0 import FinAgentAttributeErrorsUserType0
    from .fin_agent_attribute_errors_user_type_0_attributes_type_0 import (
        FinAgentAttributeErrorsUserType0AttributesType0,
    )
    from .fin_agent_conversation_metadata import FinAgentConversationMetadata
    from .fin_agent_conversation_metadata_attributes import FinAgentConversationMetadataAttributes
    from .fin_agent_csat_requested_event import FinAgentCsatRequestedEvent
    from .fin_agent_csat_requested_event_csat import FinAgentCsatRequestedEventCsat
    from .fin_agent_csat_requested_event_csat_options_item import FinAgentCsatRequestedEventCsatOptionsItem
    from .fin_agent_csat_requested_event_csat_options_item_key import FinAgentCsatRequestedEventCsatOptionsItemKey
    from .fin_agent_csat_requested_event_event_name import FinAgentCsatRequestedEventEventName
    from .fin_agent_message import FinAgentMessage
    from .fin_agent_message_author import FinAgentMessageAuthor
    from .fin_agent_replied_event import FinAgentRepliedEvent
    from .fin_agent_replied_event_event_name import FinAgentRepliedEventEventName
    from .fin_agent_replied_event_message import FinAgentRepliedEventMessage
    from .fin_agent_replied_event_message_author import FinAgentRepliedEventMessageAuthor
    from .fin_agent_replied_event_status import FinAgentRepliedEventStatus
    from .fin_agent_reply_chunk_event import FinAgentReplyChunkEvent
    from .fin_agent_reply_chunk_event_event_name import FinAgentReplyChunkEventEventName
    from .fin_agent_reply_chunk_event_status import FinAgentReplyChunkEventStatus
    from .fin_agent_status_updated_event import FinAgentStatusUpdatedEvent
    from .fin_agent_status_updated_event_event_name import FinAgentStatusUpdatedEventEventName
    from .fin_agent_status_updated_event_status import FinAgentStatusUpdatedEventStatus
    from .fin_agent_user import FinAgentUser
    from .fin_agent_user_attributes import FinAgentUserAttributes
    from .get_reporting_data_export_response_200 import GetReportingDataExportResponse200
    from .group_content import GroupContent
    from .group_content_type import GroupContentType
    from .group_translated_content import GroupTranslatedContent
    from .group_translated_content_type import GroupTranslatedContentType
    from .help_center import HelpCenter
    from .help_center_list import HelpCenterList
    from .help_center_list_type import HelpCenterListType
    from .intercom_version import IntercomVersion
    from .internal_article import InternalArticle
    from .internal_article_list import InternalArticleList
    from .internal_article_list_item import InternalArticleListItem
    from .internal_article_list_item_type import InternalArticleListItemType
    from .internal_article_list_type import InternalArticleListType
    from .internal_article_search_response import InternalArticleSearchResponse
    from .internal_article_search_response_data_type_0 import InternalArticleSearchResponseDataType0
    from .internal_article_search_response_type import InternalArticleSearchResponseType
    from .internal_article_type import InternalArticleType
    from .ip_allowlist import IpAllowlist
    from .jobs import Jobs
    from .jobs_status import JobsStatus
    from .jobs_type import JobsType
    from .linked_object import LinkedObject
    from .linked_object_category import LinkedObjectCategory
    from .linked_object_list import LinkedObjectList
    from .linked_object_list_type import LinkedObjectListType
    from .linked_object_type import LinkedObjectType
    from .lis_data_attributes_model import LisDataAttributesModel
    from .lis_data_events_email_query_parameter import LisDataEventsEmailQueryParameter
    from .lis_data_events_intercom_user_id_query_parameter import LisDataEventsIntercomUserIdQueryParameter
    from .lis_data_events_user_id_query_parameter import LisDataEventsUserIdQueryParameter
    from .list_calls_with_transcripts_body import ListCallsWithTranscriptsBody
    from .list_calls_with_transcripts_response_200 import ListCallsWithTranscriptsResponse200
    from .list_calls_with_transcripts_response_200_data_type_0_item import (
        ListCallsWithTranscriptsResponse200DataType0Item,
    )
    from .list_calls_with_transcripts_response_200_data_type_0_item_transcript_type_0_item import (
        ListCallsWithTranscriptsResponse200DataType0ItemTranscriptType0Item,
    )
    from .list_reporting_datasets_response_200 import ListReportingDatasetsResponse200
    from .list_reporting_datasets_response_200_data_type_0_item import ListReportingDatasetsResponse200DataType0Item
    from .list_reporting_datasets_response_200_data_type_0_item_attributes_type_0_item import (
        ListReportingDatasetsResponse200DataType0ItemAttributesType0Item,
    )
    from .merge_contact_response_200 import MergeContactResponse200
    from .merge_contacts_request import MergeContactsRequest
    from .message import Message
    from .message_message_type import MessageMessageType
    from .metadata import Metadata
    from .metadata_quick_reply_options_type_0_item import MetadataQuickReplyOptionsType0Item
    from .metadata_quick_reply_options_type_0_item_translations_type_0 import (
        MetadataQuickReplyOptionsType0ItemTranslationsType0,
    )
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
    from .operator_workflow_event import OperatorWorkflowEvent
    from .operator_workflow_event_event_type_0 import OperatorWorkflowEventEventType0
    from .operator_workflow_event_workflow_type_0 import OperatorWorkflowEventWorkflowType0
    from .pages_link import PagesLink
    from .pages_link_type import PagesLinkType
    from .paginated_response import PaginatedResponse
    from .paginated_response_type import PaginatedResponseType
    from .part_attachment import PartAttachment
    from .phone_switch import PhoneSwitch
    from .phone_switch_type import PhoneSwitchType
    from .quick_reply_option import QuickReplyOption
    from .recipient import Recipient
    from .recipient_type import RecipientType
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
    from .reply_to_fin_body import ReplyToFinBody
    from .reply_to_fin_response_200 import ReplyToFinResponse200
    from .reply_to_fin_response_200_status import ReplyToFinResponse200Status
    from .search_request import SearchRequest
    from .segment import Segment
    from .segment_list import SegmentList
    from .segment_list_pages_type_0 import SegmentListPagesType0
    from .segment_list_type import SegmentListType
    from .segment_person_type import SegmentPersonType
    from .segment_type import SegmentType
    from .set_away_admin_body import SetAwayAdminBody
    from .show_contact_by_external_id_response_200 import ShowContactByExternalIdResponse200
    from .show_contact_response_200 import ShowContactResponse200
    from .single_filter_search_request import SingleFilterSearchRequest
    from .single_filter_search_request_operator import SingleFilterSearchRequestOperator
    from .sla_applied import SlaApplied
    from .sla_applied_sla_status import SlaAppliedSlaStatus
    from .snooze_conversation_request import SnoozeConversationRequest
    from .snooze_conversation_request_message_type import SnoozeConversationRequestMessageType
    from .social_profile import SocialProfile
    from .start_fin_conversation_body import StartFinConversationBody
    from .start_fin_conversation_response_200 import StartFinConversationResponse200
    from .start_fin_conversation_response_200_status import StartFinConversationResponse200Status
    from .starting_after_paging import StartingAfterPaging
    from .submit_fin_csat_body import SubmitFinCsatBody
    from .submit_fin_csat_body_rating import SubmitFinCsatBodyRating
    from .submit_fin_csat_response_200 import SubmitFinCsatResponse200
    from .submit_fin_csat_response_200_rating import SubmitFinCsatResponse200Rating
    from .submit_fin_csat_response_200_status import SubmitFinCsatResponse200Status
    from .submit_fin_csat_response_422 import SubmitFinCsatResponse422
    from .submit_fin_csat_response_422_errors_type_0 import SubmitFinCsatResponse422ErrorsType0
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
    from .ticket_deleted import TicketDeleted
    from .ticket_deleted_object import TicketDeletedObject
    from .ticket_list import TicketList
    from .ticket_list_type import TicketListType
    from .ticket_part import TicketPart
    from .ticket_part_author import TicketPartAuthor
    from .ticket_part_author_type import TicketPartAuthorType
    from .ticket_part_previous_ticket_state import TicketPartPreviousTicketState
    from .ticket_part_ticket_state import TicketPartTicketState
    from .ticket_part_updated_attribute import TicketPartUpdatedAttribute
    from .ticket_part_updated_attribute_attribute_type_0 import TicketPartUpdatedAttributeAttributeType0
    from .ticket_part_updated_attribute_attribute_type_0_type import TicketPartUpdatedAttributeAttributeType0Type
    from .ticket_part_updated_attribute_value_type_0 import TicketPartUpdatedAttributeValueType0
    from .ticket_part_updated_attribute_value_type_0_type import TicketPartUpdatedAttributeValueType0Type
    from .ticket_parts import TicketParts
    from .ticket_parts_type import TicketPartsType
    from .ticket_reply import TicketReply
    from .ticket_reply_part_type import TicketReplyPartType
    from .ticket_reply_type import TicketReplyType
    from .ticket_request_custom_attributes import TicketRequestCustomAttributes
    from .ticket_state import TicketState
    from .ticket_state_category import TicketStateCategory
    from .ticket_state_detailed import TicketStateDetailed
    from .ticket_state_list import TicketStateList
    from .ticket_type import TicketType
    from .ticket_type_attribute import TicketTypeAttribute
    from .ticket_type_attribute_input_options_type_0 import TicketTypeAttributeInputOptionsType0
    from .ticket_type_attribute_list import TicketTypeAttributeList
    from .ticket_type_category import TicketTypeCategory
    from .ticket_type_enum import TicketTypeEnum
    from .ticket_type_list import TicketTypeList
    from .ticket_type_ticket_states import TicketTypeTicketStates
    from .translation import Translation
    from .untag_company_request import UntagCompanyRequest
    from .untag_company_request_companies_item import UntagCompanyRequestCompaniesItem
    from .update_article_request import UpdateArticleRequest
    from .update_article_request_state import UpdateArticleRequestState
    from .update_collection_request import UpdateCollectionRequest
    from .update_company_request import UpdateCompanyRequest
    from .update_company_request_custom_attributes import UpdateCompanyRequestCustomAttributes
    from .update_contact_request import UpdateContactRequest
    from .update_contact_request_custom_attributes_type_0 import UpdateContactRequestCustomAttributesType0
    from .update_contact_response_200 import UpdateContactResponse200
    from .update_content_import_source_request import UpdateContentImportSourceRequest
    from .update_content_import_source_request_status import UpdateContentImportSourceRequestStatus
    from .update_content_import_source_request_sync_behavior import UpdateContentImportSourceRequestSyncBehavior
    from .update_conversation_request import UpdateConversationRequest
    from .update_data_attribute_request_list_attribute import UpdateDataAttributeRequestListAttribute
    from .update_data_attribute_request_list_attribute_options_item import (
        UpdateDataAttributeRequestListAttributeOptionsItem,
    )
    from .update_external_page_request import UpdateExternalPageRequest
    from .update_external_page_request_locale import UpdateExternalPageRequestLocale
    from .update_internal_article_request import UpdateInternalArticleRequest
    from .update_ticket_body import UpdateTicketBody
    from .update_ticket_request import UpdateTicketRequest
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
    from .whatsapp_message_status_list import WhatsappMessageStatusList
    from .whatsapp_message_status_list_events_item import WhatsappMessageStatusListEventsItem
    from .whatsapp_message_status_list_events_item_status import WhatsappMessageStatusListEventsItemStatus
    from .whatsapp_message_status_list_events_item_type import WhatsappMessageStatusListEventsItemType
    from .whatsapp_message_status_list_pages import WhatsappMessageStatusListPages
    from .whatsapp_message_status_list_pages_next_type_0 import WhatsappMessageStatusListPagesNextType0
    from .whatsapp_message_status_list_pages_type import WhatsappMessageStatusListPagesType
    from .whatsapp_message_status_list_type import WhatsappMessageStatusListType

_MODULES = {
    "ActivityLog": "activity_log",
    "ActivityLogActivityType": "activity_log_activity_type",
    "ActivityLogList": "activity_log_list",
    "ActivityLogMetadata": "activity_log_metadata",
    "ActivityLogMetadataAfterType0": "activity_log_metadata_after_type_0",
    "ActivityLogMetadataBeforeType0": "activity_log_metadata_before_type_0",
    "ActivityLogMetadataChangesType0": "activity_log_metadata_changes_type_0",
    "ActivityLogMetadataChangesType0AdditionalProperty": "activity_log_metadata_changes_type_0_additional_property",
    "ActivityLogMetadataMessageType0": "activity_log_metadata_message_type_0",
    "ActivityLogMetadataTeamType0": "activity_log_metadata_team_type_0",
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
    "AiAgent": "ai_agent",
    "AiAgentLastAnswerType": "ai_agent_last_answer_type",
    "AiAgentResolutionState": "ai_agent_resolution_state",
    "AiAgentSourceType": "ai_agent_source_type",
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
    "AwayStatusReason": "away_status_reason",
    "AwayStatusReasonList": "away_status_reason_list",
    "AwayStatusReasonListType": "away_status_reason_list_type",
    "Call": "call",
    "CallList": "call_list",
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
    "ContactBlocked": "contact_blocked",
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
    "ContactReplyBaseRequestQuickReplyOption": "contact_reply_base_request_quick_reply_option",
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
    "ContentImportSource": "content_import_source",
    "ContentImportSourcesList": "content_import_sources_list",
    "ContentImportSourcesListType": "content_import_sources_list_type",
    "ContentImportSourceStatus": "content_import_source_status",
    "ContentImportSourceSyncBehavior": "content_import_source_sync_behavior",
    "ContentImportSourceType": "content_import_source_type",
    "ContentSource": "content_source",
    "ContentSourceContentType": "content_source_content_type",
    "ContentSourcesList": "content_sources_list",
    "ContentSourcesListType": "content_sources_list_type",
    "Conversation": "conversation",
    "ConversationAttachmentFiles": "conversation_attachment_files",
    "ConversationAttributeUpdatedByAdmin": "conversation_attribute_updated_by_admin",
    "ConversationAttributeUpdatedByAdminAttributeType0": "conversation_attribute_updated_by_admin_attribute_type_0",
    "ConversationAttributeUpdatedByAdminValueType0": "conversation_attribute_updated_by_admin_value_type_0",
    "ConversationAttributeUpdatedByWorkflow": "conversation_attribute_updated_by_workflow",
    "ConversationAttributeUpdatedByWorkflowAttributeType0": "conversation_attribute_updated_by_workflow_attribute_type_0",
    "ConversationAttributeUpdatedByWorkflowValueType0": "conversation_attribute_updated_by_workflow_value_type_0",
    "ConversationAttributeUpdatedByWorkflowWorkflowType0": "conversation_attribute_updated_by_workflow_workflow_type_0",
    "ConversationContacts": "conversation_contacts",
    "ConversationContactsType": "conversation_contacts_type",
    "ConversationCustomersType0Item": "conversation_customers_type_0_item",
    "ConversationDeleted": "conversation_deleted",
    "ConversationDeletedObject": "conversation_deleted_object",
    "ConversationFirstContactReply": "conversation_first_contact_reply",
    "ConversationList": "conversation_list",
    "ConversationListItem": "conversation_list_item",
    "ConversationListItemPriority": "conversation_list_item_priority",
    "ConversationListItemState": "conversation_list_item_state",
    "ConversationListItemTopicsType0": "conversation_list_item_topics_type_0",
    "ConversationListType": "conversation_list_type",
    "ConversationPart": "conversation_part",
    "ConversationPartAuthor": "conversation_part_author",
    "ConversationPartMetadata": "conversation_part_metadata",
    "ConversationPartMetadataQuickReplyOptionsType0Item": "conversation_part_metadata_quick_reply_options_type_0_item",
    "ConversationPartMetadataQuickReplyOptionsType0ItemTranslationsType0": "conversation_part_metadata_quick_reply_options_type_0_item_translations_type_0",
    "ConversationParts": "conversation_parts",
    "ConversationPartState": "conversation_part_state",
    "ConversationPartsType": "conversation_parts_type",
    "ConversationRating": "conversation_rating",
    "ConversationResponseTime": "conversation_response_time",
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
    "CreateContactResponse200": "create_contact_response_200",
    "CreateContentImportSourceRequest": "create_content_import_source_request",
    "CreateContentImportSourceRequestStatus": "create_content_import_source_request_status",
    "CreateContentImportSourceRequestSyncBehavior": "create_content_import_source_request_sync_behavior",
    "CreateConversationRequest": "create_conversation_request",
    "CreateConversationRequestFrom": "create_conversation_request_from",
    "CreateConversationRequestFromType": "create_conversation_request_from_type",
    "CreateDataAttributeRequestListAttribute": "create_data_attribute_request_list_attribute",
    "CreateDataAttributeRequestListAttributeDataType": "create_data_attribute_request_list_attribute_data_type",
    "CreateDataAttributeRequestListAttributeOptionsItem": "create_data_attribute_request_list_attribute_options_item",
    "CreateDataAttributeRequestOtherType": "create_data_attribute_request_other_type",
    "CreateDataAttributeRequestOtherTypeDataType": "create_data_attribute_request_other_type_data_type",
    "CreateDataEventRequest": "create_data_event_request",
    "CreateDataEventRequestMetadata": "create_data_event_request_metadata",
    "CreateDataEventSummariesRequest": "create_data_event_summaries_request",
    "CreateDataEventSummariesRequestEventSummaries": "create_data_event_summaries_request_event_summaries",
    "CreateDataExportsRequest": "create_data_exports_request",
    "CreateExternalPageRequest": "create_external_page_request",
    "CreateExternalPageRequestLocale": "create_external_page_request_locale",
    "CreateInternalArticleRequest": "create_internal_article_request",
    "CreateMessageRequest": "create_message_request",
    "CreateMessageRequestFrom": "create_message_request_from",
    "CreateMessageRequestFromType": "create_message_request_from_type",
    "CreateMessageRequestMessageType": "create_message_request_message_type",
    "CreateNoteBody": "create_note_body",
    "CreateOrUpdateCompanyRequest": "create_or_update_company_request",
    "CreateOrUpdateCompanyRequestCustomAttributes": "create_or_update_company_request_custom_attributes",
    "CreateOrUpdateCustomObjectInstanceRequest": "create_or_update_custom_object_instance_request",
    "CreateOrUpdateCustomObjectInstanceRequestCustomAttributesType0": "create_or_update_custom_object_instance_request_custom_attributes_type_0",
    "CreateOrUpdateTagRequest": "create_or_update_tag_request",
    "CreatePhoneSwitchRequest": "create_phone_switch_request",
    "CreateTicketBody": "create_ticket_body",
    "CreateTicketRequest": "create_ticket_request",
    "CreateTicketRequestAssignment": "create_ticket_request_assignment",
    "CreateTicketRequestEmail": "create_ticket_request_email",
    "CreateTicketRequestExternalID": "create_ticket_request_external_id",
    "CreateTicketRequestID": "create_ticket_request_id",
    "CreateTicketTypeAttributeRequest": "create_ticket_type_attribute_request",
    "CreateTicketTypeAttributeRequestDataType": "create_ticket_type_attribute_request_data_type",
    "CreateTicketTypeRequest": "create_ticket_type_request",
    "CreateTicketTypeRequestCategory": "create_ticket_type_request_category",
    "CursorPages": "cursor_pages",
    "CursorPagesType": "cursor_pages_type",
    "CustomActionFinished": "custom_action_finished",
    "CustomActionFinishedActionType0": "custom_action_finished_action_type_0",
    "CustomActionFinishedActionType0Result": "custom_action_finished_action_type_0_result",
    "CustomActionStarted": "custom_action_started",
    "CustomActionStartedActionType0": "custom_action_started_action_type_0",
    "CustomAttributes": "custom_attributes",
    "CustomerRequestEmail": "customer_request_email",
    "CustomerRequestIntercomUserId": "customer_request_intercom_user_id",
    "CustomerRequestUserId": "customer_request_user_id",
    "CustomObjectInstance": "custom_object_instance",
    "CustomObjectInstanceCustomAttributesType0": "custom_object_instance_custom_attributes_type_0",
    "CustomObjectInstanceDeleted": "custom_object_instance_deleted",
    "CustomObjectInstanceList": "custom_object_instance_list",
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
    "DeletedInternalArticleObject": "deleted_internal_article_object",
    "DeletedInternalArticleObjectObject": "deleted_internal_article_object_object",
    "DeletedObject": "deleted_object",
    "DeletedObjectObject": "deleted_object_object",
    "DetachContactFromConversationRequest": "detach_contact_from_conversation_request",
    "DetachTagFromConversationBody": "detach_tag_from_conversation_body",
    "DetachTagFromTicketBody": "detach_tag_from_ticket_body",
    "DownloadDataExportAccept": "download_data_export_accept",
    "DownloadReportingDataExportAccept": "download_reporting_data_export_accept",
    "EmailAddressHeader": "email_address_header",
    "EmailMessageMetadata": "email_message_metadata",
    "EnqueueCreateTicketBody": "enqueue_create_ticket_body",
    "EnqueueReportingDataExportBody": "enqueue_reporting_data_export_body",
    "EnqueueReportingDataExportResponse200": "enqueue_reporting_data_export_response_200",
    "Error": "error",
    "ErrorErrorsType0Item": "error_errors_type_0_item",
    "ExternalPage": "external_page",
    "ExternalPageLocale": "external_page_locale",
    "ExternalPagesList": "external_pages_list",
    "ExternalPagesListType": "external_pages_list_type",
    "ExternalPageType": "external_page_type",
    "FileAttribute": "file_attribute",
    "FinAgentAttachment": "fin_agent_attachment",
    "FinAgentAttachmentType": "fin_agent_attachment_type",
    "FinAgentAttributeErrors": "fin_agent_attribute_errors",
    "FinAgentAttributeErrorsConversationType0": "fin_agent_attribute_errors_conversation_type_0",
    "FinAgentAttributeErrorsConversationType0AttributesType0": "fin_agent_attribute_errors_conversation_type_0_attributes_type_0",
    "FinAgentAttributeErrorsUserType0": "fin_agent_attribute_errors_user_type_0",
    "FinAgentAttributeErrorsUserType0AttributesType0": "fin_agent_attribute_errors_user_type_0_attributes_type_0",
    "FinAgentConversationMetadata": "fin_agent_conversation_metadata",
    "FinAgentConversationMetadataAttributes": "fin_agent_conversation_metadata_attributes",
    "FinAgentCsatRequestedEvent": "fin_agent_csat_requested_event",
    "FinAgentCsatRequestedEventCsat": "fin_agent_csat_requested_event_csat",
    "FinAgentCsatRequestedEventCsatOptionsItem": "fin_agent_csat_requested_event_csat_options_item",
    "FinAgentCsatRequestedEventCsatOptionsItemKey": "fin_agent_csat_requested_event_csat_options_item_key",
    "FinAgentCsatRequestedEventEventName": "fin_agent_csat_requested_event_event_name",
    "FinAgentMessage": "fin_agent_message",
    "FinAgentMessageAuthor": "fin_agent_message_author",
    "FinAgentRepliedEvent": "fin_agent_replied_event",
    "FinAgentRepliedEventEventName": "fin_agent_replied_event_event_name",
    "FinAgentRepliedEventMessage": "fin_agent_replied_event_message",
    "FinAgentRepliedEventMessageAuthor": "fin_agent_replied_event_message_author",
    "FinAgentRepliedEventStatus": "fin_agent_replied_event_status",
    "FinAgentReplyChunkEvent": "fin_agent_reply_chunk_event",
    "FinAgentReplyChunkEventEventName": "fin_agent_reply_chunk_event_event_name",
    "FinAgentReplyChunkEventStatus": "fin_agent_reply_chunk_event_status",
    "FinAgentStatusUpdatedEvent": "fin_agent_status_updated_event",
    "FinAgentStatusUpdatedEventEventName": "fin_agent_status_updated_event_event_name",
    "FinAgentStatusUpdatedEventStatus": "fin_agent_status_updated_event_status",
    "FinAgentUser": "fin_agent_user",
    "FinAgentUserAttributes": "fin_agent_user_attributes",
    "GetReportingDataExportResponse200": "get_reporting_data_export_response_200",
    "GroupContent": "group_content",
    "GroupContentType": "group_content_type",
    "GroupTranslatedContent": "group_translated_content",
    "GroupTranslatedContentType": "group_translated_content_type",
    "HelpCenter": "help_center",
    "HelpCenterList": "help_center_list",
    "HelpCenterListType": "help_center_list_type",
    "IntercomVersion": "intercom_version",
    "InternalArticle": "internal_article",
    "InternalArticleList": "internal_article_list",
    "InternalArticleListItem": "internal_article_list_item",
    "InternalArticleListItemType": "internal_article_list_item_type",
    "InternalArticleListType": "internal_article_list_type",
    "InternalArticleSearchResponse": "internal_article_search_response",
    "InternalArticleSearchResponseDataType0": "internal_article_search_response_data_type_0",
    "InternalArticleSearchResponseType": "internal_article_search_response_type",
    "InternalArticleType": "internal_article_type",
    "IpAllowlist": "ip_allowlist",
    "Jobs": "jobs",
    "JobsStatus": "jobs_status",
    "JobsType": "jobs_type",
    "LinkedObject": "linked_object",
    "LinkedObjectCategory": "linked_object_category",
    "LinkedObjectList": "linked_object_list",
    "LinkedObjectListType": "linked_object_list_type",
    "LinkedObjectType": "linked_object_type",
    "LisDataAttributesModel": "lis_data_attributes_model",
    "LisDataEventsEmailQueryParameter": "lis_data_events_email_query_parameter",
    "LisDataEventsIntercomUserIdQueryParameter": "lis_data_events_intercom_user_id_query_parameter",
    "LisDataEventsUserIdQueryParameter": "lis_data_events_user_id_query_parameter",
    "ListCallsWithTranscriptsBody": "list_calls_with_transcripts_body",
    "ListCallsWithTranscriptsResponse200": "list_calls_with_transcripts_response_200",
    "ListCallsWithTranscriptsResponse200DataType0Item": "list_calls_with_transcripts_response_200_data_type_0_item",
    "ListCallsWithTranscriptsResponse200DataType0ItemTranscriptType0Item": "list_calls_with_transcripts_response_200_data_type_0_item_transcript_type_0_item",
    "ListReportingDatasetsResponse200": "list_reporting_datasets_response_200",
    "ListReportingDatasetsResponse200DataType0Item": "list_reporting_datasets_response_200_data_type_0_item",
    "ListReportingDatasetsResponse200DataType0ItemAttributesType0Item": "list_reporting_datasets_response_200_data_type_0_item_attributes_type_0_item",
    "MergeContactResponse200": "merge_contact_response_200",
    "MergeContactsRequest": "merge_contacts_request",
    "Message": "message",
    "MessageMessageType": "message_message_type",
    "Metadata": "metadata",
    "MetadataQuickReplyOptionsType0Item": "metadata_quick_reply_options_type_0_item",
    "MetadataQuickReplyOptionsType0ItemTranslationsType0": "metadata_quick_reply_options_type_0_item_translations_type_0",
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
    "OperatorWorkflowEvent": "operator_workflow_event",
    "OperatorWorkflowEventEventType0": "operator_workflow_event_event_type_0",
    "OperatorWorkflowEventWorkflowType0": "operator_workflow_event_workflow_type_0",
    "PagesLink": "pages_link",
    "PagesLinkType": "pages_link_type",
    "PaginatedResponse": "paginated_response",
    "PaginatedResponseType": "paginated_response_type",
    "PartAttachment": "part_attachment",
    "PhoneSwitch": "phone_switch",
    "PhoneSwitchType": "phone_switch_type",
    "QuickReplyOption": "quick_reply_option",
    "Recipient": "recipient",
    "RecipientType": "recipient_type",
    "RedactConversationRequestRedactConversationPartRequest": "redact_conversation_request_redact_conversation_part_request",
    "RedactConversationRequestRedactConversationPartRequestType": "redact_conversation_request_redact_conversation_part_request_type",
    "RedactConversationRequestRedactConversationSourceRequest": "redact_conversation_request_redact_conversation_source_request",
    "RedactConversationRequestRedactConversationSourceRequestType": "redact_conversation_request_redact_conversation_source_request_type",
    "Reference": "reference",
    "ReplyToFinBody": "reply_to_fin_body",
    "ReplyToFinResponse200": "reply_to_fin_response_200",
    "ReplyToFinResponse200Status": "reply_to_fin_response_200_status",
    "SearchRequest": "search_request",
    "Segment": "segment",
    "SegmentList": "segment_list",
    "SegmentListPagesType0": "segment_list_pages_type_0",
    "SegmentListType": "segment_list_type",
    "SegmentPersonType": "segment_person_type",
    "SegmentType": "segment_type",
    "SetAwayAdminBody": "set_away_admin_body",
    "ShowContactByExternalIdResponse200": "show_contact_by_external_id_response_200",
    "ShowContactResponse200": "show_contact_response_200",
    "SingleFilterSearchRequest": "single_filter_search_request",
    "SingleFilterSearchRequestOperator": "single_filter_search_request_operator",
    "SlaApplied": "sla_applied",
    "SlaAppliedSlaStatus": "sla_applied_sla_status",
    "SnoozeConversationRequest": "snooze_conversation_request",
    "SnoozeConversationRequestMessageType": "snooze_conversation_request_message_type",
    "SocialProfile": "social_profile",
    "StartFinConversationBody": "start_fin_conversation_body",
    "StartFinConversationResponse200": "start_fin_conversation_response_200",
    "StartFinConversationResponse200Status": "start_fin_conversation_response_200_status",
    "StartingAfterPaging": "starting_after_paging",
    "SubmitFinCsatBody": "submit_fin_csat_body",
    "SubmitFinCsatBodyRating": "submit_fin_csat_body_rating",
    "SubmitFinCsatResponse200": "submit_fin_csat_response_200",
    "SubmitFinCsatResponse200Rating": "submit_fin_csat_response_200_rating",
    "SubmitFinCsatResponse200Status": "submit_fin_csat_response_200_status",
    "SubmitFinCsatResponse422": "submit_fin_csat_response_422",
    "SubmitFinCsatResponse422ErrorsType0": "submit_fin_csat_response_422_errors_type_0",
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
    "TicketDeleted": "ticket_deleted",
    "TicketDeletedObject": "ticket_deleted_object",
    "TicketList": "ticket_list",
    "TicketListType": "ticket_list_type",
    "TicketPart": "ticket_part",
    "TicketPartAuthor": "ticket_part_author",
    "TicketPartAuthorType": "ticket_part_author_type",
    "TicketPartPreviousTicketState": "ticket_part_previous_ticket_state",
    "TicketParts": "ticket_parts",
    "TicketPartsType": "ticket_parts_type",
    "TicketPartTicketState": "ticket_part_ticket_state",
    "TicketPartUpdatedAttribute": "ticket_part_updated_attribute",
    "TicketPartUpdatedAttributeAttributeType0": "ticket_part_updated_attribute_attribute_type_0",
    "TicketPartUpdatedAttributeAttributeType0Type": "ticket_part_updated_attribute_attribute_type_0_type",
    "TicketPartUpdatedAttributeValueType0": "ticket_part_updated_attribute_value_type_0",
    "TicketPartUpdatedAttributeValueType0Type": "ticket_part_updated_attribute_value_type_0_type",
    "TicketReply": "ticket_reply",
    "TicketReplyPartType": "ticket_reply_part_type",
    "TicketReplyType": "ticket_reply_type",
    "TicketRequestCustomAttributes": "ticket_request_custom_attributes",
    "TicketState": "ticket_state",
    "TicketStateCategory": "ticket_state_category",
    "TicketStateDetailed": "ticket_state_detailed",
    "TicketStateList": "ticket_state_list",
    "TicketType": "ticket_type",
    "TicketTypeAttribute": "ticket_type_attribute",
    "TicketTypeAttributeInputOptionsType0": "ticket_type_attribute_input_options_type_0",
    "TicketTypeAttributeList": "ticket_type_attribute_list",
    "TicketTypeCategory": "ticket_type_category",
    "TicketTypeEnum": "ticket_type_enum",
    "TicketTypeList": "ticket_type_list",
    "TicketTypeTicketStates": "ticket_type_ticket_states",
    "Translation": "translation",
    "UntagCompanyRequest": "untag_company_request",
    "UntagCompanyRequestCompaniesItem": "untag_company_request_companies_item",
    "UpdateArticleRequest": "update_article_request",
    "UpdateArticleRequestState": "update_article_request_state",
    "UpdateCollectionRequest": "update_collection_request",
    "UpdateCompanyRequest": "update_company_request",
    "UpdateCompanyRequestCustomAttributes": "update_company_request_custom_attributes",
    "UpdateContactRequest": "update_contact_request",
    "UpdateContactRequestCustomAttributesType0": "update_contact_request_custom_attributes_type_0",
    "UpdateContactResponse200": "update_contact_response_200",
    "UpdateContentImportSourceRequest": "update_content_import_source_request",
    "UpdateContentImportSourceRequestStatus": "update_content_import_source_request_status",
    "UpdateContentImportSourceRequestSyncBehavior": "update_content_import_source_request_sync_behavior",
    "UpdateConversationRequest": "update_conversation_request",
    "UpdateDataAttributeRequestListAttribute": "update_data_attribute_request_list_attribute",
    "UpdateDataAttributeRequestListAttributeOptionsItem": "update_data_attribute_request_list_attribute_options_item",
    "UpdateExternalPageRequest": "update_external_page_request",
    "UpdateExternalPageRequestLocale": "update_external_page_request_locale",
    "UpdateInternalArticleRequest": "update_internal_article_request",
    "UpdateTicketBody": "update_ticket_body",
    "UpdateTicketRequest": "update_ticket_request",
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
    "WhatsappMessageStatusList": "whatsapp_message_status_list",
    "WhatsappMessageStatusListEventsItem": "whatsapp_message_status_list_events_item",
    "WhatsappMessageStatusListEventsItemStatus": "whatsapp_message_status_list_events_item_status",
    "WhatsappMessageStatusListEventsItemType": "whatsapp_message_status_list_events_item_type",
    "WhatsappMessageStatusListPages": "whatsapp_message_status_list_pages",
    "WhatsappMessageStatusListPagesNextType0": "whatsapp_message_status_list_pages_next_type_0",
    "WhatsappMessageStatusListPagesType": "whatsapp_message_status_list_pages_type",
    "WhatsappMessageStatusListType": "whatsapp_message_status_list_type",
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
    "ActivityLogMetadataAfterType0",
    "ActivityLogMetadataBeforeType0",
    "ActivityLogMetadataChangesType0",
    "ActivityLogMetadataChangesType0AdditionalProperty",
    "ActivityLogMetadataMessageType0",
    "ActivityLogMetadataTeamType0",
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
    "AiAgent",
    "AiAgentLastAnswerType",
    "AiAgentResolutionState",
    "AiAgentSourceType",
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
    "AwayStatusReason",
    "AwayStatusReasonList",
    "AwayStatusReasonListType",
    "Call",
    "CallList",
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
    "ContactBlocked",
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
    "ContactReplyBaseRequestQuickReplyOption",
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
    "ContentImportSource",
    "ContentImportSourceStatus",
    "ContentImportSourceSyncBehavior",
    "ContentImportSourceType",
    "ContentImportSourcesList",
    "ContentImportSourcesListType",
    "ContentSource",
    "ContentSourceContentType",
    "ContentSourcesList",
    "ContentSourcesListType",
    "Conversation",
    "ConversationAttachmentFiles",
    "ConversationAttributeUpdatedByAdmin",
    "ConversationAttributeUpdatedByAdminAttributeType0",
    "ConversationAttributeUpdatedByAdminValueType0",
    "ConversationAttributeUpdatedByWorkflow",
    "ConversationAttributeUpdatedByWorkflowAttributeType0",
    "ConversationAttributeUpdatedByWorkflowValueType0",
    "ConversationAttributeUpdatedByWorkflowWorkflowType0",
    "ConversationContacts",
    "ConversationContactsType",
    "ConversationCustomersType0Item",
    "ConversationDeleted",
    "ConversationDeletedObject",
    "ConversationFirstContactReply",
    "ConversationList",
    "ConversationListItem",
    "ConversationListItemPriority",
    "ConversationListItemState",
    "ConversationListItemTopicsType0",
    "ConversationListType",
    "ConversationPart",
    "ConversationPartAuthor",
    "ConversationPartMetadata",
    "ConversationPartMetadataQuickReplyOptionsType0Item",
    "ConversationPartMetadataQuickReplyOptionsType0ItemTranslationsType0",
    "ConversationPartState",
    "ConversationParts",
    "ConversationPartsType",
    "ConversationRating",
    "ConversationResponseTime",
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
    "CreateContactResponse200",
    "CreateContentImportSourceRequest",
    "CreateContentImportSourceRequestStatus",
    "CreateContentImportSourceRequestSyncBehavior",
    "CreateConversationRequest",
    "CreateConversationRequestFrom",
    "CreateConversationRequestFromType",
    "CreateDataAttributeRequestListAttribute",
    "CreateDataAttributeRequestListAttributeDataType",
    "CreateDataAttributeRequestListAttributeOptionsItem",
    "CreateDataAttributeRequestOtherType",
    "CreateDataAttributeRequestOtherTypeDataType",
    "CreateDataEventRequest",
    "CreateDataEventRequestMetadata",
    "CreateDataEventSummariesRequest",
    "CreateDataEventSummariesRequestEventSummaries",
    "CreateDataExportsRequest",
    "CreateExternalPageRequest",
    "CreateExternalPageRequestLocale",
    "CreateInternalArticleRequest",
    "CreateMessageRequest",
    "CreateMessageRequestFrom",
    "CreateMessageRequestFromType",
    "CreateMessageRequestMessageType",
    "CreateNoteBody",
    "CreateOrUpdateCompanyRequest",
    "CreateOrUpdateCompanyRequestCustomAttributes",
    "CreateOrUpdateCustomObjectInstanceRequest",
    "CreateOrUpdateCustomObjectInstanceRequestCustomAttributesType0",
    "CreateOrUpdateTagRequest",
    "CreatePhoneSwitchRequest",
    "CreateTicketBody",
    "CreateTicketRequest",
    "CreateTicketRequestAssignment",
    "CreateTicketRequestEmail",
    "CreateTicketRequestExternalID",
    "CreateTicketRequestID",
    "CreateTicketTypeAttributeRequest",
    "CreateTicketTypeAttributeRequestDataType",
    "CreateTicketTypeRequest",
    "CreateTicketTypeRequestCategory",
    "CursorPages",
    "CursorPagesType",
    "CustomActionFinished",
    "CustomActionFinishedActionType0",
    "CustomActionFinishedActionType0Result",
    "CustomActionStarted",
    "CustomActionStartedActionType0",
    "CustomAttributes",
    "CustomObjectInstance",
    "CustomObjectInstanceCustomAttributesType0",
    "CustomObjectInstanceDeleted",
    "CustomObjectInstanceList",
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
    "DeletedInternalArticleObject",
    "DeletedInternalArticleObjectObject",
    "DeletedObject",
    "DeletedObjectObject",
    "DetachContactFromConversationRequest",
    "DetachTagFromConversationBody",
    "DetachTagFromTicketBody",
    "DownloadDataExportAccept",
    "DownloadReportingDataExportAccept",
    "EmailAddressHeader",
    "EmailMessageMetadata",
    "EnqueueCreateTicketBody",
    "EnqueueReportingDataExportBody",
    "EnqueueReportingDataExportResponse200",
    "Error",
    "ErrorErrorsType0Item",
    "ExternalPage",
    "ExternalPageLocale",
    "ExternalPageType",
    "ExternalPagesList",
    "ExternalPagesListType",
    "FileAttribute",
    "FinAgentAttachment",
    "FinAgentAttachmentType",
    "FinAgentAttributeErrors",
    "FinAgentAttributeErrorsConversationType0",
    "FinAgentAttributeErrorsConversationType0AttributesType0",
    "FinAgentAttributeErrorsUserType0",
    "FinAgentAttributeErrorsUserType0AttributesType0",
    "FinAgentConversationMetadata",
    "FinAgentConversationMetadataAttributes",
    "FinAgentCsatRequestedEvent",
    "FinAgentCsatRequestedEventCsat",
    "FinAgentCsatRequestedEventCsatOptionsItem",
    "FinAgentCsatRequestedEventCsatOptionsItemKey",
    "FinAgentCsatRequestedEventEventName",
    "FinAgentMessage",
    "FinAgentMessageAuthor",
    "FinAgentRepliedEvent",
    "FinAgentRepliedEventEventName",
    "FinAgentRepliedEventMessage",
    "FinAgentRepliedEventMessageAuthor",
    "FinAgentRepliedEventStatus",
    "FinAgentReplyChunkEvent",
    "FinAgentReplyChunkEventEventName",
    "FinAgentReplyChunkEventStatus",
    "FinAgentStatusUpdatedEvent",
    "FinAgentStatusUpdatedEventEventName",
    "FinAgentStatusUpdatedEventStatus",
    "FinAgentUser",
    "FinAgentUserAttributes",
    "GetReportingDataExportResponse200",
    "GroupContent",
    "GroupContentType",
    "GroupTranslatedContent",
    "GroupTranslatedContentType",
    "HelpCenter",
    "HelpCenterList",
    "HelpCenterListType",
    "IntercomVersion",
    "InternalArticle",
    "InternalArticleList",
    "InternalArticleListItem",
    "InternalArticleListItemType",
    "InternalArticleListType",
    "InternalArticleSearchResponse",
    "InternalArticleSearchResponseDataType0",
    "InternalArticleSearchResponseType",
    "InternalArticleType",
    "IpAllowlist",
    "Jobs",
    "JobsStatus",
    "JobsType",
    "LinkedObject",
    "LinkedObjectCategory",
    "LinkedObjectList",
    "LinkedObjectListType",
    "LinkedObjectType",
    "LisDataAttributesModel",
    "LisDataEventsEmailQueryParameter",
    "LisDataEventsIntercomUserIdQueryParameter",
    "LisDataEventsUserIdQueryParameter",
    "ListCallsWithTranscriptsBody",
    "ListCallsWithTranscriptsResponse200",
    "ListCallsWithTranscriptsResponse200DataType0Item",
    "ListCallsWithTranscriptsResponse200DataType0ItemTranscriptType0Item",
    "ListReportingDatasetsResponse200",
    "ListReportingDatasetsResponse200DataType0Item",
    "ListReportingDatasetsResponse200DataType0ItemAttributesType0Item",
    "MergeContactResponse200",
    "MergeContactsRequest",
    "Message",
    "MessageMessageType",
    "Metadata",
    "MetadataQuickReplyOptionsType0Item",
    "MetadataQuickReplyOptionsType0ItemTranslationsType0",
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
    "OperatorWorkflowEvent",
    "OperatorWorkflowEventEventType0",
    "OperatorWorkflowEventWorkflowType0",
    "PagesLink",
    "PagesLinkType",
    "PaginatedResponse",
    "PaginatedResponseType",
    "PartAttachment",
    "PhoneSwitch",
    "PhoneSwitchType",
    "QuickReplyOption",
    "Recipient",
    "RecipientType",
    "RedactConversationRequestRedactConversationPartRequest",
    "RedactConversationRequestRedactConversationPartRequestType",
    "RedactConversationRequestRedactConversationSourceRequest",
    "RedactConversationRequestRedactConversationSourceRequestType",
    "Reference",
    "ReplyToFinBody",
    "ReplyToFinResponse200",
    "ReplyToFinResponse200Status",
    "SearchRequest",
    "Segment",
    "SegmentList",
    "SegmentListPagesType0",
    "SegmentListType",
    "SegmentPersonType",
    "SegmentType",
    "SetAwayAdminBody",
    "ShowContactByExternalIdResponse200",
    "ShowContactResponse200",
    "SingleFilterSearchRequest",
    "SingleFilterSearchRequestOperator",
    "SlaApplied",
    "SlaAppliedSlaStatus",
    "SnoozeConversationRequest",
    "SnoozeConversationRequestMessageType",
    "SocialProfile",
    "StartFinConversationBody",
    "StartFinConversationResponse200",
    "StartFinConversationResponse200Status",
    "StartingAfterPaging",
    "SubmitFinCsatBody",
    "SubmitFinCsatBodyRating",
    "SubmitFinCsatResponse200",
    "SubmitFinCsatResponse200Rating",
    "SubmitFinCsatResponse200Status",
    "SubmitFinCsatResponse422",
    "SubmitFinCsatResponse422ErrorsType0",
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
    "TicketDeleted",
    "TicketDeletedObject",
    "TicketList",
    "TicketListType",
    "TicketPart",
    "TicketPartAuthor",
    "TicketPartAuthorType",
    "TicketPartPreviousTicketState",
    "TicketPartTicketState",
    "TicketPartUpdatedAttribute",
    "TicketPartUpdatedAttributeAttributeType0",
    "TicketPartUpdatedAttributeAttributeType0Type",
    "TicketPartUpdatedAttributeValueType0",
    "TicketPartUpdatedAttributeValueType0Type",
    "TicketParts",
    "TicketPartsType",
    "TicketReply",
    "TicketReplyPartType",
    "TicketReplyType",
    "TicketRequestCustomAttributes",
    "TicketState",
    "TicketStateCategory",
    "TicketStateDetailed",
    "TicketStateList",
    "TicketType",
    "TicketTypeAttribute",
    "TicketTypeAttributeInputOptionsType0",
    "TicketTypeAttributeList",
    "TicketTypeCategory",
    "TicketTypeEnum",
    "TicketTypeList",
    "TicketTypeTicketStates",
    "Translation",
    "UntagCompanyRequest",
    "UntagCompanyRequestCompaniesItem",
    "UpdateArticleRequest",
    "UpdateArticleRequestState",
    "UpdateCollectionRequest",
    "UpdateCompanyRequest",
    "UpdateCompanyRequestCustomAttributes",
    "UpdateContactRequest",
    "UpdateContactRequestCustomAttributesType0",
    "UpdateContactResponse200",
    "UpdateContentImportSourceRequest",
    "UpdateContentImportSourceRequestStatus",
    "UpdateContentImportSourceRequestSyncBehavior",
    "UpdateConversationRequest",
    "UpdateDataAttributeRequestListAttribute",
    "UpdateDataAttributeRequestListAttributeOptionsItem",
    "UpdateExternalPageRequest",
    "UpdateExternalPageRequestLocale",
    "UpdateInternalArticleRequest",
    "UpdateTicketBody",
    "UpdateTicketRequest",
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
    "WhatsappMessageStatusList",
    "WhatsappMessageStatusListEventsItem",
    "WhatsappMessageStatusListEventsItemStatus",
    "WhatsappMessageStatusListEventsItemType",
    "WhatsappMessageStatusListPages",
    "WhatsappMessageStatusListPagesNextType0",
    "WhatsappMessageStatusListPagesType",
    "WhatsappMessageStatusListType",
)
