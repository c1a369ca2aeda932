"""Contains all the data models used in inputs/outputs.

Models are imported on first use (PEP 562 `__getattr__`), not here: a package of several hundred
models would otherwise cost over a second to import for a program that uses three of them.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .activity_log import ActivityLog
    from .activity_log_activity_type import ActivityLogActivityType
    from .activity_log_event_type_list import ActivityLogEventTypeList
    from .activity_log_list import ActivityLogList
    from .activity_log_metadata import ActivityLogMetadata
    from .activity_log_metadata_changes_type_0 import ActivityLogMetadataChangesType0
    from .activity_log_metadata_changes_type_0_additional_property import (
        ActivityLogMetadataChangesType0AdditionalProperty,
    )
    from .activity_log_metadata_message_type_0 import ActivityLogMetadataMessageType0
    from .activity_log_performed_by_type_0 import ActivityLogPerformedByType0
    from .addressable_list import AddressableList
    from .admin import Admin
    from .admin_list import AdminList
    from .admin_priority_level import AdminPriorityLevel
    from .admin_priority_level_request import AdminPriorityLevelRequest
    from .admin_reply_conversation_request import AdminReplyConversationRequest
    from .admin_reply_conversation_request_message_type import AdminReplyConversationRequestMessageType
    from .admin_reply_conversation_request_type import AdminReplyConversationRequestType
    from .admin_reply_ticket_request import AdminReplyTicketRequest
    from .admin_reply_ticket_request_message_type import AdminReplyTicketRequestMessageType
    from .admin_reply_ticket_request_quick_reply_option import AdminReplyTicketRequestQuickReplyOption
    from .admin_reply_ticket_request_type import AdminReplyTicketRequestType
    from .admin_role_type_0 import AdminRoleType0
    from .admin_with_app import AdminWithApp
    from .admin_with_app_avatar_type_0 import AdminWithAppAvatarType0
    from .admin_with_app_role_type_0 import AdminWithAppRoleType0
    from .ai_agent import AiAgent
    from .ai_agent_last_answer_type import AiAgentLastAnswerType
    from .ai_agent_resolution_state import AiAgentResolutionState
    from .ai_agent_source_type import AiAgentSourceType
    from .ai_call_response import AiCallResponse
    from .ai_call_response_call_transcript_type_0_item import AiCallResponseCallTranscriptType0Item
    from .ai_call_response_intent_type_0_item import AiCallResponseIntentType0Item
    from .ai_subtopic import AiSubtopic
    from .ai_topic import AiTopic
    from .ai_topics import AiTopics
    from .app import App
    from .article import Article
    from .article_content import ArticleContent
    from .article_content_state import ArticleContentState
    from .article_content_type import ArticleContentType
    from .article_list import ArticleList
    from .article_list_item import ArticleListItem
    from .article_list_item_help_center_audience import ArticleListItemHelpCenterAudience
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
    from .article_version import ArticleVersion
    from .article_version_list import ArticleVersionList
    from .article_version_list_type import ArticleVersionListType
    from .article_version_summary import ArticleVersionSummary
    from .article_version_summary_state import ArticleVersionSummaryState
    from .article_version_summary_type import ArticleVersionSummaryType
    from .ask_fin_body import AskFinBody
    from .ask_fin_response_200 import AskFinResponse200
    from .ask_fin_response_200_status import AskFinResponse200Status
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
    from .attach_tag_to_article_body import AttachTagToArticleBody
    from .attach_tag_to_contact_body import AttachTagToContactBody
    from .attach_tag_to_content_snippet_body import AttachTagToContentSnippetBody
    from .attach_tag_to_conversation_body import AttachTagToConversationBody
    from .attach_tag_to_internal_article_body import AttachTagToInternalArticleBody
    from .attach_tag_to_ticket_body import AttachTagToTicketBody
    from .audience import Audience
    from .audience_list import AudienceList
    from .audience_list_type import AudienceListType
    from .audience_type import AudienceType
    from .away_status_reason import AwayStatusReason
    from .away_status_reason_list import AwayStatusReasonList
    from .away_status_reason_list_type import AwayStatusReasonListType
    from .banner import Banner
    from .banner_action_type_0 import BannerActionType0
    from .banner_action_type_0_reaction_set_type_0_item import BannerActionType0ReactionSetType0Item
    from .banner_client_targeting_type_0_item import BannerClientTargetingType0Item
    from .banner_dismiss import BannerDismiss
    from .banner_list import BannerList
    from .brand import Brand
    from .brand_list import BrandList
    from .bulk_create_companies_request import BulkCreateCompaniesRequest
    from .bulk_create_companies_request_companies_item import BulkCreateCompaniesRequestCompaniesItem
    from .bulk_create_companies_request_companies_item_custom_attributes import (
        BulkCreateCompaniesRequestCompaniesItemCustomAttributes,
    )
    from .bulk_create_companies_request_job import BulkCreateCompaniesRequestJob
    from .bulk_create_contacts_request import BulkCreateContactsRequest
    from .bulk_create_contacts_request_contacts_item import BulkCreateContactsRequestContactsItem
    from .bulk_create_contacts_request_contacts_item_companies_item import (
        BulkCreateContactsRequestContactsItemCompaniesItem,
    )
    from .bulk_create_contacts_request_contacts_item_custom_attributes import (
        BulkCreateContactsRequestContactsItemCustomAttributes,
    )
    from .bulk_create_contacts_request_contacts_item_tags import BulkCreateContactsRequestContactsItemTags
    from .bulk_create_contacts_request_contacts_item_tags_add_item import (
        BulkCreateContactsRequestContactsItemTagsAddItem,
    )
    from .bulk_create_contacts_request_job import BulkCreateContactsRequestJob
    from .bulk_delete_companies_request import BulkDeleteCompaniesRequest
    from .bulk_delete_companies_request_companies_item import BulkDeleteCompaniesRequestCompaniesItem
    from .bulk_delete_companies_request_job import BulkDeleteCompaniesRequestJob
    from .bulk_delete_contacts_request import BulkDeleteContactsRequest
    from .bulk_delete_contacts_request_contacts_item import BulkDeleteContactsRequestContactsItem
    from .bulk_delete_contacts_request_job import BulkDeleteContactsRequestJob
    from .bulk_update_companies_request import BulkUpdateCompaniesRequest
    from .bulk_update_companies_request_companies_item import BulkUpdateCompaniesRequestCompaniesItem
    from .bulk_update_companies_request_companies_item_custom_attributes import (
        BulkUpdateCompaniesRequestCompaniesItemCustomAttributes,
    )
    from .bulk_update_companies_request_job import BulkUpdateCompaniesRequestJob
    from .bulk_update_contacts_request import BulkUpdateContactsRequest
    from .bulk_update_contacts_request_contacts_item import BulkUpdateContactsRequestContactsItem
    from .bulk_update_contacts_request_contacts_item_companies_item import (
        BulkUpdateContactsRequestContactsItemCompaniesItem,
    )
    from .bulk_update_contacts_request_contacts_item_custom_attributes import (
        BulkUpdateContactsRequestContactsItemCustomAttributes,
    )
    from .bulk_update_contacts_request_contacts_item_tags import BulkUpdateContactsRequestContactsItemTags
    from .bulk_update_contacts_request_contacts_item_tags_add_item import (
        BulkUpdateContactsRequestContactsItemTagsAddItem,
    )
    from .bulk_update_contacts_request_contacts_item_tags_remove_item import (
        BulkUpdateContactsRequestContactsItemTagsRemoveItem,
    )
    from .bulk_update_contacts_request_job import BulkUpdateContactsRequestJob
    from .call import Call
    from .call_list import CallList
    from .call_summary import CallSummary
    from .change_ticket_type_request import ChangeTicketTypeRequest
    from .change_ticket_type_request_ticket_attributes import ChangeTicketTypeRequestTicketAttributes
    from .close_conversation_request import CloseConversationRequest
    from .close_conversation_request_message_type import CloseConversationRequestMessageType
    from .close_conversation_request_type import CloseConversationRequestType
    from .collect_agent_input_request import CollectAgentInputRequest
    from .collect_agent_input_request_attribute_values_item import CollectAgentInputRequestAttributeValuesItem
    from .collect_procedure_agent_input_response_200 import CollectProcedureAgentInputResponse200
    from .collection import Collection
    from .collection_list import CollectionList
    from .collection_list_type import CollectionListType
    from .companies_bulk_job import CompaniesBulkJob
    from .companies_bulk_job_state import CompaniesBulkJobState
    from .companies_bulk_job_tasks_type_0_item import CompaniesBulkJobTasksType0Item
    from .companies_bulk_job_tasks_type_0_item_state import CompaniesBulkJobTasksType0ItemState
    from .companies_bulk_job_type import CompaniesBulkJobType
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
    from .company_note import CompanyNote
    from .company_note_company_type_0 import CompanyNoteCompanyType0
    from .company_notes_type_0 import CompanyNotesType0
    from .company_notes_type_0_type import CompanyNotesType0Type
    from .company_plan_type_0 import CompanyPlanType0
    from .company_scroll import CompanyScroll
    from .company_search_request import CompanySearchRequest
    from .company_search_request_sort import CompanySearchRequestSort
    from .company_search_request_sort_order import CompanySearchRequestSortOrder
    from .company_segments_type_0 import CompanySegmentsType0
    from .company_segments_type_0_type import CompanySegmentsType0Type
    from .company_tags_type_0 import CompanyTagsType0
    from .company_tags_type_0_type import CompanyTagsType0Type
    from .company_type import CompanyType
    from .contact import Contact
    from .contact_activity import ContactActivity
    from .contact_activity_event_type import ContactActivityEventType
    from .contact_activity_list import ContactActivityList
    from .contact_activity_list_pages_type_0 import ContactActivityListPagesType0
    from .contact_activity_list_pages_type_0_next_type_0 import ContactActivityListPagesType0NextType0
    from .contact_activity_list_pages_type_0_type import ContactActivityListPagesType0Type
    from .contact_activity_list_type import ContactActivityListType
    from .contact_activity_type import ContactActivityType
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
    from .contact_search_request import ContactSearchRequest
    from .contact_search_request_sort import ContactSearchRequestSort
    from .contact_search_request_sort_order import ContactSearchRequestSortOrder
    from .contact_segments import ContactSegments
    from .contact_segments_type import ContactSegmentsType
    from .contact_social_profiles import ContactSocialProfiles
    from .contact_subscription_types import ContactSubscriptionTypes
    from .contact_tags import ContactTags
    from .contact_unarchived import ContactUnarchived
    from .contacts_bulk_job import ContactsBulkJob
    from .contacts_bulk_job_state import ContactsBulkJobState
    from .contacts_bulk_job_tasks_type_0_item import ContactsBulkJobTasksType0Item
    from .contacts_bulk_job_tasks_type_0_item_state import ContactsBulkJobTasksType0ItemState
    from .contacts_bulk_job_type import ContactsBulkJobType
    from .content_bulk_action_request import ContentBulkActionRequest
    from .content_bulk_action_request_action import ContentBulkActionRequestAction
    from .content_bulk_action_request_audience import ContentBulkActionRequestAudience
    from .content_bulk_action_request_availability import ContentBulkActionRequestAvailability
    from .content_bulk_action_request_content_ids_item import ContentBulkActionRequestContentIdsItem
    from .content_bulk_action_request_content_ids_item_type import ContentBulkActionRequestContentIdsItemType
    from .content_bulk_action_request_tags import ContentBulkActionRequestTags
    from .content_bulk_action_response import ContentBulkActionResponse
    from .content_import_source import ContentImportSource
    from .content_import_source_status import ContentImportSourceStatus
    from .content_import_source_sync_behavior import ContentImportSourceSyncBehavior
    from .content_import_source_type import ContentImportSourceType
    from .content_import_sources_list import ContentImportSourcesList
    from .content_import_sources_list_type import ContentImportSourcesListType
    from .content_search_article_content_item import ContentSearchArticleContentItem
    from .content_search_article_content_item_type import ContentSearchArticleContentItemType
    from .content_search_article_item import ContentSearchArticleItem
    from .content_search_article_item_type import ContentSearchArticleItemType
    from .content_search_default_item import ContentSearchDefaultItem
    from .content_search_default_item_type import ContentSearchDefaultItemType
    from .content_search_response import ContentSearchResponse
    from .content_search_response_pages_type_0 import ContentSearchResponsePagesType0
    from .content_search_response_pages_type_0_type import ContentSearchResponsePagesType0Type
    from .content_search_response_type import ContentSearchResponseType
    from .content_snippet import ContentSnippet
    from .content_snippet_create_request import ContentSnippetCreateRequest
    from .content_snippet_create_request_json_blocks_item import ContentSnippetCreateRequestJsonBlocksItem
    from .content_snippet_json_blocks_type_0_item import ContentSnippetJsonBlocksType0Item
    from .content_snippet_list import ContentSnippetList
    from .content_snippet_list_type import ContentSnippetListType
    from .content_snippet_update_request import ContentSnippetUpdateRequest
    from .content_snippet_update_request_json_blocks_item import ContentSnippetUpdateRequestJsonBlocksItem
    from .content_source import ContentSource
    from .content_source_content_type import ContentSourceContentType
    from .content_sources_list import ContentSourcesList
    from .content_sources_list_type import ContentSourcesListType
    from .conversation import Conversation
    from .conversation_attachment_files import ConversationAttachmentFiles
    from .conversation_attribute_base import ConversationAttributeBase
    from .conversation_attribute_base_data_type import ConversationAttributeBaseDataType
    from .conversation_attribute_base_type import ConversationAttributeBaseType
    from .conversation_attribute_boolean_type import ConversationAttributeBooleanType
    from .conversation_attribute_boolean_type_data_type import ConversationAttributeBooleanTypeDataType
    from .conversation_attribute_datetime_type import ConversationAttributeDatetimeType
    from .conversation_attribute_datetime_type_data_type import ConversationAttributeDatetimeTypeDataType
    from .conversation_attribute_decimal_type import ConversationAttributeDecimalType
    from .conversation_attribute_decimal_type_data_type import ConversationAttributeDecimalTypeDataType
    from .conversation_attribute_files_type import ConversationAttributeFilesType
    from .conversation_attribute_files_type_data_type import ConversationAttributeFilesTypeDataType
    from .conversation_attribute_integer_type import ConversationAttributeIntegerType
    from .conversation_attribute_integer_type_data_type import ConversationAttributeIntegerTypeDataType
    from .conversation_attribute_list import ConversationAttributeList
    from .conversation_attribute_list_type import ConversationAttributeListType
    from .conversation_attribute_list_type_data_type import ConversationAttributeListTypeDataType
    from .conversation_attribute_list_type_enum import ConversationAttributeListTypeEnum
    from .conversation_attribute_option import ConversationAttributeOption
    from .conversation_attribute_relationship_type import ConversationAttributeRelationshipType
    from .conversation_attribute_relationship_type_data_type import ConversationAttributeRelationshipTypeDataType
    from .conversation_attribute_relationship_type_reference_type_0 import (
        ConversationAttributeRelationshipTypeReferenceType0,
    )
    from .conversation_attribute_relationship_type_reference_type_0_type import (
        ConversationAttributeRelationshipTypeReferenceType0Type,
    )
    from .conversation_attribute_string_type import ConversationAttributeStringType
    from .conversation_attribute_string_type_data_type import ConversationAttributeStringTypeDataType
    from .conversation_attribute_updated_by_admin import ConversationAttributeUpdatedByAdmin
    from .conversation_attribute_updated_by_admin_attribute_type_0 import (
        ConversationAttributeUpdatedByAdminAttributeType0,
    )
    from .conversation_attribute_updated_by_admin_value_type_0 import ConversationAttributeUpdatedByAdminValueType0
    from .conversation_attribute_updated_by_user import ConversationAttributeUpdatedByUser
    from .conversation_attribute_updated_by_user_attribute_type_0 import (
        ConversationAttributeUpdatedByUserAttributeType0,
    )
    from .conversation_attribute_updated_by_user_value_type_0 import ConversationAttributeUpdatedByUserValueType0
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
    from .conversation_channel import ConversationChannel
    from .conversation_contacts import ConversationContacts
    from .conversation_contacts_type import ConversationContactsType
    from .conversation_customers_type_0_item import ConversationCustomersType0Item
    from .conversation_deleted import ConversationDeleted
    from .conversation_deleted_object import ConversationDeletedObject
    from .conversation_external_reference import ConversationExternalReference
    from .conversation_first_contact_reply import ConversationFirstContactReply
    from .conversation_list import ConversationList
    from .conversation_list_item import ConversationListItem
    from .conversation_list_item_priority import ConversationListItemPriority
    from .conversation_list_item_state import ConversationListItemState
    from .conversation_list_item_topics_type_0 import ConversationListItemTopicsType0
    from .conversation_list_type import ConversationListType
    from .conversation_monitor_evaluation import ConversationMonitorEvaluation
    from .conversation_part import ConversationPart
    from .conversation_part_author import ConversationPartAuthor
    from .conversation_part_metadata import ConversationPartMetadata
    from .conversation_part_metadata_quick_reply_options_type_0_item import (
        ConversationPartMetadataQuickReplyOptionsType0Item,
    )
    from .conversation_part_metadata_quick_reply_options_type_0_item_translations_type_0 import (
        ConversationPartMetadataQuickReplyOptionsType0ItemTranslationsType0,
    )
    from .conversation_part_seen_state_type_0 import ConversationPartSeenStateType0
    from .conversation_part_state import ConversationPartState
    from .conversation_part_translations_type_0 import ConversationPartTranslationsType0
    from .conversation_parts import ConversationParts
    from .conversation_parts_type import ConversationPartsType
    from .conversation_priority import ConversationPriority
    from .conversation_rating import ConversationRating
    from .conversation_response_time import ConversationResponseTime
    from .conversation_scorecard import ConversationScorecard
    from .conversation_scorecard_evaluator import ConversationScorecardEvaluator
    from .conversation_scorecard_evaluator_result import ConversationScorecardEvaluatorResult
    from .conversation_scorecard_reviewed_teammate import ConversationScorecardReviewedTeammate
    from .conversation_scorecard_reviewed_teammate_type import ConversationScorecardReviewedTeammateType
    from .conversation_sla_applied_by_rule import ConversationSlaAppliedByRule
    from .conversation_sla_applied_by_rule_sla_definition_type_0 import ConversationSlaAppliedByRuleSlaDefinitionType0
    from .conversation_sla_applied_by_workflow import ConversationSlaAppliedByWorkflow
    from .conversation_sla_applied_by_workflow_sla_definition_type_0 import (
        ConversationSlaAppliedByWorkflowSlaDefinitionType0,
    )
    from .conversation_sla_paused import ConversationSlaPaused
    from .conversation_sla_paused_current_sla_status import ConversationSlaPausedCurrentSlaStatus
    from .conversation_sla_paused_sla_states_type_0 import ConversationSlaPausedSlaStatesType0
    from .conversation_sla_paused_sla_states_type_0_additional_property import (
        ConversationSlaPausedSlaStatesType0AdditionalProperty,
    )
    from .conversation_sla_paused_sla_states_type_0_additional_property_status import (
        ConversationSlaPausedSlaStatesType0AdditionalPropertyStatus,
    )
    from .conversation_sla_removed import ConversationSlaRemoved
    from .conversation_sla_target_missed import ConversationSlaTargetMissed
    from .conversation_sla_target_missed_current_sla_status import ConversationSlaTargetMissedCurrentSlaStatus
    from .conversation_sla_target_missed_sla_states_type_0 import ConversationSlaTargetMissedSlaStatesType0
    from .conversation_sla_target_missed_sla_states_type_0_additional_property import (
        ConversationSlaTargetMissedSlaStatesType0AdditionalProperty,
    )
    from .conversation_sla_target_missed_sla_states_type_0_additional_property_status import (
        ConversationSlaTargetMissedSlaStatesType0AdditionalPropertyStatus,
    )
    from .conversation_sla_target_missed_sla_target_type import ConversationSlaTargetMissedSlaTargetType
    from .conversation_sla_unpaused import ConversationSlaUnpaused
    from .conversation_source import ConversationSource
    from .conversation_source_author import ConversationSourceAuthor
    from .conversation_source_recipients_type_0_item import ConversationSourceRecipientsType0Item
    from .conversation_source_reply_to_type_0_item import ConversationSourceReplyToType0Item
    from .conversation_state import ConversationState
    from .conversation_statistics import ConversationStatistics
    from .conversation_tags_updated import ConversationTagsUpdated
    from .conversation_teammates import ConversationTeammates
    from .conversation_topics_type_0 import ConversationTopicsType0
    from .convert_conversation_to_ticket_request import ConvertConversationToTicketRequest
    from .convert_visitor_request import ConvertVisitorRequest
    from .convert_visitor_request_user import ConvertVisitorRequestUser
    from .convert_visitor_request_visitor import ConvertVisitorRequestVisitor
    from .create_article_request import CreateArticleRequest
    from .create_article_request_state import CreateArticleRequestState
    from .create_audience_request import CreateAudienceRequest
    from .create_collection_request import CreateCollectionRequest
    from .create_company_note_body import CreateCompanyNoteBody
    from .create_contact_request import CreateContactRequest
    from .create_contact_request_custom_attributes_type_0 import CreateContactRequestCustomAttributesType0
    from .create_contact_response_200 import CreateContactResponse200
    from .create_content_import_source_request import CreateContentImportSourceRequest
    from .create_content_import_source_request_status import CreateContentImportSourceRequestStatus
    from .create_content_import_source_request_sync_behavior import CreateContentImportSourceRequestSyncBehavior
    from .create_conversation_attribute_boolean_request import CreateConversationAttributeBooleanRequest
    from .create_conversation_attribute_boolean_request_data_type import (
        CreateConversationAttributeBooleanRequestDataType,
    )
    from .create_conversation_attribute_datetime_request import CreateConversationAttributeDatetimeRequest
    from .create_conversation_attribute_datetime_request_data_type import (
        CreateConversationAttributeDatetimeRequestDataType,
    )
    from .create_conversation_attribute_decimal_request import CreateConversationAttributeDecimalRequest
    from .create_conversation_attribute_decimal_request_data_type import (
        CreateConversationAttributeDecimalRequestDataType,
    )
    from .create_conversation_attribute_files_request import CreateConversationAttributeFilesRequest
    from .create_conversation_attribute_files_request_data_type import CreateConversationAttributeFilesRequestDataType
    from .create_conversation_attribute_integer_request import CreateConversationAttributeIntegerRequest
    from .create_conversation_attribute_integer_request_data_type import (
        CreateConversationAttributeIntegerRequestDataType,
    )
    from .create_conversation_attribute_list_request import CreateConversationAttributeListRequest
    from .create_conversation_attribute_list_request_data_type import CreateConversationAttributeListRequestDataType
    from .create_conversation_attribute_option_request import CreateConversationAttributeOptionRequest
    from .create_conversation_attribute_relationship_request import CreateConversationAttributeRelationshipRequest
    from .create_conversation_attribute_relationship_request_data_type import (
        CreateConversationAttributeRelationshipRequestDataType,
    )
    from .create_conversation_attribute_relationship_request_reference import (
        CreateConversationAttributeRelationshipRequestReference,
    )
    from .create_conversation_attribute_relationship_request_reference_type import (
        CreateConversationAttributeRelationshipRequestReferenceType,
    )
    from .create_conversation_attribute_request_base import CreateConversationAttributeRequestBase
    from .create_conversation_attribute_request_base_data_type import CreateConversationAttributeRequestBaseDataType
    from .create_conversation_attribute_string_request import CreateConversationAttributeStringRequest
    from .create_conversation_attribute_string_request_data_type import CreateConversationAttributeStringRequestDataType
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
    from .create_data_connector_request import CreateDataConnectorRequest
    from .create_data_connector_request_audiences_item import CreateDataConnectorRequestAudiencesItem
    from .create_data_connector_request_data_inputs_item import CreateDataConnectorRequestDataInputsItem
    from .create_data_connector_request_data_inputs_item_type import CreateDataConnectorRequestDataInputsItemType
    from .create_data_connector_request_headers_item import CreateDataConnectorRequestHeadersItem
    from .create_data_connector_request_http_method import CreateDataConnectorRequestHttpMethod
    from .create_data_connector_request_mock_response import CreateDataConnectorRequestMockResponse
    from .create_data_event_request import CreateDataEventRequest
    from .create_data_event_request_metadata import CreateDataEventRequestMetadata
    from .create_data_event_summaries_request import CreateDataEventSummariesRequest
    from .create_data_event_summaries_request_event_summaries import CreateDataEventSummariesRequestEventSummaries
    from .create_data_exports_request import CreateDataExportsRequest
    from .create_external_page_request import CreateExternalPageRequest
    from .create_external_page_request_locale import CreateExternalPageRequestLocale
    from .create_folder_body import CreateFolderBody
    from .create_folder_body_folder import CreateFolderBodyFolder
    from .create_help_center_redirect_request import CreateHelpCenterRedirectRequest
    from .create_help_center_redirect_request_target_type import CreateHelpCenterRedirectRequestTargetType
    from .create_identity_verification_secret_request import CreateIdentityVerificationSecretRequest
    from .create_internal_article_request import CreateInternalArticleRequest
    from .create_message_request import CreateMessageRequest
    from .create_message_request_from import CreateMessageRequestFrom
    from .create_message_request_from_type import CreateMessageRequestFromType
    from .create_message_request_message_type import CreateMessageRequestMessageType
    from .create_note_body import CreateNoteBody
    from .create_office_hours_exception_request import CreateOfficeHoursExceptionRequest
    from .create_office_hours_exception_request_exception_type import CreateOfficeHoursExceptionRequestExceptionType
    from .create_office_hours_schedule_request import CreateOfficeHoursScheduleRequest
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
    from .custom_object_instances_paginated_list import CustomObjectInstancesPaginatedList
    from .custom_object_instances_paginated_list_type import CustomObjectInstancesPaginatedListType
    from .customer_request_email import CustomerRequestEmail
    from .customer_request_intercom_user_id import CustomerRequestIntercomUserId
    from .customer_request_user_id import CustomerRequestUserId
    from .data_attribute import DataAttribute
    from .data_attribute_data_type import DataAttributeDataType
    from .data_attribute_list import DataAttributeList
    from .data_attribute_list_type import DataAttributeListType
    from .data_attribute_model import DataAttributeModel
    from .data_attribute_type import DataAttributeType
    from .data_connector import DataConnector
    from .data_connector_detail import DataConnectorDetail
    from .data_connector_detail_audiences_type_0_item import DataConnectorDetailAudiencesType0Item
    from .data_connector_detail_configuration_response_type import DataConnectorDetailConfigurationResponseType
    from .data_connector_detail_data_inputs_type_0_item import DataConnectorDetailDataInputsType0Item
    from .data_connector_detail_data_inputs_type_0_item_type import DataConnectorDetailDataInputsType0ItemType
    from .data_connector_detail_data_transformation_type import DataConnectorDetailDataTransformationType
    from .data_connector_detail_execution_type import DataConnectorDetailExecutionType
    from .data_connector_detail_headers_type_0_item import DataConnectorDetailHeadersType0Item
    from .data_connector_detail_http_method import DataConnectorDetailHttpMethod
    from .data_connector_detail_object_mappings_type_0_item import DataConnectorDetailObjectMappingsType0Item
    from .data_connector_detail_object_mappings_type_0_item_attribute_mappings_type_0_item import (
        DataConnectorDetailObjectMappingsType0ItemAttributeMappingsType0Item,
    )
    from .data_connector_detail_object_mappings_type_0_item_attribute_mappings_type_0_item_mapping_type import (
        DataConnectorDetailObjectMappingsType0ItemAttributeMappingsType0ItemMappingType,
    )
    from .data_connector_detail_object_mappings_type_0_item_intercom_object_type import (
        DataConnectorDetailObjectMappingsType0ItemIntercomObjectType,
    )
    from .data_connector_detail_object_mappings_type_0_item_reference_mappings_type_0_item import (
        DataConnectorDetailObjectMappingsType0ItemReferenceMappingsType0Item,
    )
    from .data_connector_detail_object_mappings_type_0_item_reference_mappings_type_0_item_intercom_object_type import (
        DataConnectorDetailObjectMappingsType0ItemReferenceMappingsType0ItemIntercomObjectType,
    )
    from .data_connector_detail_response_fields_type_0_item import DataConnectorDetailResponseFieldsType0Item
    from .data_connector_detail_response_fields_type_0_item_type import DataConnectorDetailResponseFieldsType0ItemType
    from .data_connector_detail_state import DataConnectorDetailState
    from .data_connector_detail_type import DataConnectorDetailType
    from .data_connector_execution_result import DataConnectorExecutionResult
    from .data_connector_execution_result_error_type import DataConnectorExecutionResultErrorType
    from .data_connector_execution_result_http_method import DataConnectorExecutionResultHttpMethod
    from .data_connector_execution_result_list import DataConnectorExecutionResultList
    from .data_connector_execution_result_list_pages_type_0 import DataConnectorExecutionResultListPagesType0
    from .data_connector_execution_result_list_pages_type_0_next_type_0 import (
        DataConnectorExecutionResultListPagesType0NextType0,
    )
    from .data_connector_execution_result_list_pages_type_0_type import DataConnectorExecutionResultListPagesType0Type
    from .data_connector_execution_result_list_type import DataConnectorExecutionResultListType
    from .data_connector_execution_result_source_type import DataConnectorExecutionResultSourceType
    from .data_connector_execution_result_type import DataConnectorExecutionResultType
    from .data_connector_http_method import DataConnectorHttpMethod
    from .data_connector_list import DataConnectorList
    from .data_connector_list_pages_type_0 import DataConnectorListPagesType0
    from .data_connector_list_pages_type_0_next_type_0 import DataConnectorListPagesType0NextType0
    from .data_connector_list_pages_type_0_type import DataConnectorListPagesType0Type
    from .data_connector_list_type import DataConnectorListType
    from .data_connector_state import DataConnectorState
    from .data_connector_type import DataConnectorType
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
    from .delete_office_hours_exception_response_200 import DeleteOfficeHoursExceptionResponse200
    from .delete_office_hours_schedule_response_200 import DeleteOfficeHoursScheduleResponse200
    from .deleted_article_object import DeletedArticleObject
    from .deleted_article_object_object import DeletedArticleObjectObject
    from .deleted_collection_object import DeletedCollectionObject
    from .deleted_collection_object_object import DeletedCollectionObjectObject
    from .deleted_company_object import DeletedCompanyObject
    from .deleted_company_object_object import DeletedCompanyObjectObject
    from .deleted_conversation_item import DeletedConversationItem
    from .deleted_conversation_list import DeletedConversationList
    from .deleted_data_connector_object import DeletedDataConnectorObject
    from .deleted_data_connector_object_object import DeletedDataConnectorObjectObject
    from .deleted_folder_object import DeletedFolderObject
    from .deleted_folder_object_object import DeletedFolderObjectObject
    from .deleted_help_center_redirect_object import DeletedHelpCenterRedirectObject
    from .deleted_help_center_redirect_object_object import DeletedHelpCenterRedirectObjectObject
    from .deleted_internal_article_object import DeletedInternalArticleObject
    from .deleted_internal_article_object_object import DeletedInternalArticleObjectObject
    from .deleted_object import DeletedObject
    from .deleted_object_object import DeletedObjectObject
    from .detach_contact_from_conversation_request import DetachContactFromConversationRequest
    from .detach_tag_from_conversation_body import DetachTagFromConversationBody
    from .detach_tag_from_ticket_body import DetachTagFromTicketBody
    from .download_data_export_accept import DownloadDataExportAccept
    from .download_reporting_data_export_accept import DownloadReportingDataExportAccept
    from .ecommerce_catalog_product import EcommerceCatalogProduct
    from .ecommerce_catalog_product_additional_data_type_0 import EcommerceCatalogProductAdditionalDataType0
    from .ecommerce_catalog_product_available_options_item import EcommerceCatalogProductAvailableOptionsItem
    from .ecommerce_catalog_product_collections_item_type_1 import EcommerceCatalogProductCollectionsItemType1
    from .ecommerce_catalog_upload_part_response import EcommerceCatalogUploadPartResponse
    from .ecommerce_catalog_upload_response import EcommerceCatalogUploadResponse
    from .ecommerce_catalog_upload_response_status import EcommerceCatalogUploadResponseStatus
    from .ecommerce_catalog_variant import EcommerceCatalogVariant
    from .ecommerce_catalog_variant_selected_options_item import EcommerceCatalogVariantSelectedOptionsItem
    from .email_address_header import EmailAddressHeader
    from .email_list import EmailList
    from .email_message_metadata import EmailMessageMetadata
    from .email_setting import EmailSetting
    from .enqueue_create_ticket_body import EnqueueCreateTicketBody
    from .enqueue_reporting_data_export_body import EnqueueReportingDataExportBody
    from .enqueue_reporting_data_export_response_200 import EnqueueReportingDataExportResponse200
    from .error import Error
    from .error_errors_type_0_item import ErrorErrorsType0Item
    from .escalate_fin_conversation_body import EscalateFinConversationBody
    from .escalate_fin_conversation_body_user import EscalateFinConversationBodyUser
    from .escalate_fin_conversation_response_200 import EscalateFinConversationResponse200
    from .escalate_fin_conversation_response_200_status import EscalateFinConversationResponse200Status
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
    from .fin_agent_settings import FinAgentSettings
    from .fin_agent_status_updated_event import FinAgentStatusUpdatedEvent
    from .fin_agent_status_updated_event_event_name import FinAgentStatusUpdatedEventEventName
    from .fin_agent_status_updated_event_status import FinAgentStatusUpdatedEventStatus
    from .fin_agent_user import FinAgentUser
    from .fin_agent_user_attributes import FinAgentUserAttributes
    from .folder import Folder
    from .get_reporting_data_export_response_200 import GetReportingDataExportResponse200
    from .group_content import GroupContent
    from .group_content_type import GroupContentType
    from .group_translated_content import GroupTranslatedContent
    from .group_translated_content_type import GroupTranslatedContentType
    from .handling_event import HandlingEvent
    from .handling_event_list import HandlingEventList
    from .handling_event_type import HandlingEventType
    from .help_center import HelpCenter
    from .help_center_list import HelpCenterList
    from .help_center_list_type import HelpCenterListType
    from .help_center_redirect import HelpCenterRedirect
    from .help_center_redirect_list import HelpCenterRedirectList
    from .help_center_redirect_list_type import HelpCenterRedirectListType
    from .help_center_redirect_target_type import HelpCenterRedirectTargetType
    from .help_center_redirect_type import HelpCenterRedirectType
    from .identity_verification_secret import IdentityVerificationSecret
    from .identity_verification_secret_list import IdentityVerificationSecretList
    from .identity_verification_secret_list_type import IdentityVerificationSecretListType
    from .identity_verification_secret_with_material import IdentityVerificationSecretWithMaterial
    from .intercom_version import IntercomVersion
    from .intercom_version_preview import IntercomVersionPreview
    from .internal_article import InternalArticle
    from .internal_article_list import InternalArticleList
    from .internal_article_list_item import InternalArticleListItem
    from .internal_article_list_item_type import InternalArticleListItemType
    from .internal_article_list_type import InternalArticleListType
    from .internal_article_search_response import InternalArticleSearchResponse
    from .internal_article_search_response_data_type_0 import InternalArticleSearchResponseDataType0
    from .internal_article_search_response_type import InternalArticleSearchResponseType
    from .internal_article_type import InternalArticleType
    from .jobs import Jobs
    from .jobs_status import JobsStatus
    from .jobs_type import JobsType
    from .link_conversation_to_ticket_body import LinkConversationToTicketBody
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
    from .list_contact_merge_history_order import ListContactMergeHistoryOrder
    from .list_data_connector_execution_results_error_type import ListDataConnectorExecutionResultsErrorType
    from .list_data_connector_execution_results_include_bodies import ListDataConnectorExecutionResultsIncludeBodies
    from .list_data_connector_execution_results_success import ListDataConnectorExecutionResultsSuccess
    from .list_fin_capabilities_body import ListFinCapabilitiesBody
    from .list_fin_capabilities_body_user import ListFinCapabilitiesBodyUser
    from .list_fin_capabilities_response_200 import ListFinCapabilitiesResponse200
    from .list_fin_capabilities_response_200_capabilities_type_0_item import (
        ListFinCapabilitiesResponse200CapabilitiesType0Item,
    )
    from .list_folders_response_200 import ListFoldersResponse200
    from .list_folders_response_200_type import ListFoldersResponse200Type
    from .list_reporting_datasets_response_200 import ListReportingDatasetsResponse200
    from .list_reporting_datasets_response_200_data_type_0_item import ListReportingDatasetsResponse200DataType0Item
    from .list_reporting_datasets_response_200_data_type_0_item_attributes_type_0_item import (
        ListReportingDatasetsResponse200DataType0ItemAttributesType0Item,
    )
    from .macro import Macro
    from .macro_available_on_type_0_item import MacroAvailableOnType0Item
    from .macro_list import MacroList
    from .macro_list_pages_type_0 import MacroListPagesType0
    from .macro_list_pages_type_0_next_type_0 import MacroListPagesType0NextType0
    from .macro_list_pages_type_0_type import MacroListPagesType0Type
    from .macro_list_type import MacroListType
    from .macro_type import MacroType
    from .macro_visible_to import MacroVisibleTo
    from .merge_contact_response_200 import MergeContactResponse200
    from .merge_contacts_request import MergeContactsRequest
    from .merge_conversations_request import MergeConversationsRequest
    from .merge_history_item import MergeHistoryItem
    from .merge_history_item_source_contact_role import MergeHistoryItemSourceContactRole
    from .merge_history_list import MergeHistoryList
    from .merge_history_list_type import MergeHistoryListType
    from .merge_preview_allowed import MergePreviewAllowed
    from .merge_preview_attribute_change import MergePreviewAttributeChange
    from .merge_preview_attribute_change_outcome import MergePreviewAttributeChangeOutcome
    from .merge_preview_attribute_changes import MergePreviewAttributeChanges
    from .merge_preview_blocked import MergePreviewBlocked
    from .merge_preview_reason import MergePreviewReason
    from .merge_preview_reason_code import MergePreviewReasonCode
    from .merge_preview_reassignments import MergePreviewReassignments
    from .merge_preview_reassignments_conversations_type_0 import MergePreviewReassignmentsConversationsType0
    from .merge_preview_reassignments_notes_type_0 import MergePreviewReassignmentsNotesType0
    from .merge_preview_reassignments_phone_calls_type_0 import MergePreviewReassignmentsPhoneCallsType0
    from .merge_preview_reassignments_tags_type_0 import MergePreviewReassignmentsTagsType0
    from .merge_preview_reassignments_tickets_type_0 import MergePreviewReassignmentsTicketsType0
    from .merge_preview_request import MergePreviewRequest
    from .merge_preview_summary import MergePreviewSummary
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
    from .office_hours_exception import OfficeHoursException
    from .office_hours_exception_exception_type import OfficeHoursExceptionExceptionType
    from .office_hours_exception_list import OfficeHoursExceptionList
    from .office_hours_schedule import OfficeHoursSchedule
    from .office_hours_schedule_list import OfficeHoursScheduleList
    from .office_hours_time_interval import OfficeHoursTimeInterval
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
    from .predicate import Predicate
    from .priority_changed import PriorityChanged
    from .priority_changed_current_priority import PriorityChangedCurrentPriority
    from .priority_changed_previous_priority import PriorityChangedPreviousPriority
    from .publish_article_draft_request import PublishArticleDraftRequest
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
    from .register_fin_voice_call_request import RegisterFinVoiceCallRequest
    from .register_fin_voice_call_request_data_type_0 import RegisterFinVoiceCallRequestDataType0
    from .register_fin_voice_call_request_source import RegisterFinVoiceCallRequestSource
    from .reply_to_fin_body import ReplyToFinBody
    from .reply_to_fin_response_200 import ReplyToFinResponse200
    from .reply_to_fin_response_200_status import ReplyToFinResponse200Status
    from .retrieve_data_connector_state_version import RetrieveDataConnectorStateVersion
    from .run_fin_procedure_body import RunFinProcedureBody
    from .run_fin_procedure_body_conversation_metadata import RunFinProcedureBodyConversationMetadata
    from .run_fin_procedure_body_conversation_metadata_attributes import (
        RunFinProcedureBodyConversationMetadataAttributes,
    )
    from .run_fin_procedure_body_settings import RunFinProcedureBodySettings
    from .run_fin_procedure_response_200 import RunFinProcedureResponse200
    from .run_fin_procedure_response_200_status import RunFinProcedureResponse200Status
    from .sales_agent import SalesAgent
    from .sales_agent_collected_data_type_0 import SalesAgentCollectedDataType0
    from .sales_agent_outcome import SalesAgentOutcome
    from .search_activity_logs_body import SearchActivityLogsBody
    from .search_content_content_types_item import SearchContentContentTypesItem
    from .search_content_copilot_state import SearchContentCopilotState
    from .search_content_fin_sales_state import SearchContentFinSalesState
    from .search_content_fin_service_state import SearchContentFinServiceState
    from .search_content_folder_entity_type import SearchContentFolderEntityType
    from .search_content_states_item import SearchContentStatesItem
    from .search_content_tag_operator import SearchContentTagOperator
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
    from .side_conversation_list import SideConversationList
    from .side_conversation_list_pages_type_0 import SideConversationListPagesType0
    from .side_conversation_list_pages_type_0_type import SideConversationListPagesType0Type
    from .side_conversation_list_type import SideConversationListType
    from .side_conversation_summary import SideConversationSummary
    from .single_filter_search_request import SingleFilterSearchRequest
    from .single_filter_search_request_operator import SingleFilterSearchRequestOperator
    from .sla_applied import SlaApplied
    from .sla_applied_sla_status import SlaAppliedSlaStatus
    from .snooze_conversation_request import SnoozeConversationRequest
    from .snooze_conversation_request_message_type import SnoozeConversationRequestMessageType
    from .snoozed import Snoozed
    from .social_profile import SocialProfile
    from .source_email_message_metadata import SourceEmailMessageMetadata
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
    from .tag_create_response import TagCreateResponse
    from .tag_create_response_companies_type_0_item import TagCreateResponseCompaniesType0Item
    from .tag_create_response_users_type_0_item import TagCreateResponseUsersType0Item
    from .tag_list import TagList
    from .tag_list_type import TagListType
    from .tag_multiple_users_request import TagMultipleUsersRequest
    from .tag_multiple_users_request_users_item import TagMultipleUsersRequestUsersItem
    from .tags import Tags
    from .tags_type import TagsType
    from .team import Team
    from .team_list import TeamList
    from .team_list_type import TeamListType
    from .team_metric import TeamMetric
    from .team_metric_list import TeamMetricList
    from .team_priority_level import TeamPriorityLevel
    from .teammate_reference import TeammateReference
    from .teammate_reference_type import TeammateReferenceType
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
    from .ticket_part_translations_type_0 import TicketPartTranslationsType0
    from .ticket_part_updated_attribute import TicketPartUpdatedAttribute
    from .ticket_part_updated_attribute_attribute_type_0 import TicketPartUpdatedAttributeAttributeType0
    from .ticket_part_updated_attribute_attribute_type_0_type import TicketPartUpdatedAttributeAttributeType0Type
    from .ticket_part_updated_attribute_value_type_0 import TicketPartUpdatedAttributeValueType0
    from .ticket_part_updated_attribute_value_type_0_type import TicketPartUpdatedAttributeValueType0Type
    from .ticket_parts import TicketParts
    from .ticket_parts_type import TicketPartsType
    from .ticket_reply import TicketReply
    from .ticket_reply_part_type import TicketReplyPartType
    from .ticket_reply_translations_type_0 import TicketReplyTranslationsType0
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
    from .update_audience_request import UpdateAudienceRequest
    from .update_collection_request import UpdateCollectionRequest
    from .update_contact_request import UpdateContactRequest
    from .update_contact_request_custom_attributes_type_0 import UpdateContactRequestCustomAttributesType0
    from .update_contact_response_200 import UpdateContactResponse200
    from .update_content_import_source_request import UpdateContentImportSourceRequest
    from .update_content_import_source_request_status import UpdateContentImportSourceRequestStatus
    from .update_content_import_source_request_sync_behavior import UpdateContentImportSourceRequestSyncBehavior
    from .update_conversation_attribute_option_request import UpdateConversationAttributeOptionRequest
    from .update_conversation_attribute_request import UpdateConversationAttributeRequest
    from .update_conversation_attribute_request_reference import UpdateConversationAttributeRequestReference
    from .update_conversation_attribute_request_reference_type import UpdateConversationAttributeRequestReferenceType
    from .update_conversation_part_request import UpdateConversationPartRequest
    from .update_conversation_request import UpdateConversationRequest
    from .update_conversation_request_priority import UpdateConversationRequestPriority
    from .update_data_attribute_request_list_attribute import UpdateDataAttributeRequestListAttribute
    from .update_data_attribute_request_list_attribute_options_item import (
        UpdateDataAttributeRequestListAttributeOptionsItem,
    )
    from .update_data_connector_request import UpdateDataConnectorRequest
    from .update_data_connector_request_audiences_item import UpdateDataConnectorRequestAudiencesItem
    from .update_data_connector_request_data_inputs_item import UpdateDataConnectorRequestDataInputsItem
    from .update_data_connector_request_data_inputs_item_type import UpdateDataConnectorRequestDataInputsItemType
    from .update_data_connector_request_headers_item import UpdateDataConnectorRequestHeadersItem
    from .update_data_connector_request_http_method import UpdateDataConnectorRequestHttpMethod
    from .update_data_connector_request_mock_response import UpdateDataConnectorRequestMockResponse
    from .update_data_connector_request_state import UpdateDataConnectorRequestState
    from .update_external_page_request import UpdateExternalPageRequest
    from .update_external_page_request_locale import UpdateExternalPageRequestLocale
    from .update_folder_body import UpdateFolderBody
    from .update_folder_body_folder import UpdateFolderBodyFolder
    from .update_internal_article_request import UpdateInternalArticleRequest
    from .update_office_hours_exception_request import UpdateOfficeHoursExceptionRequest
    from .update_office_hours_exception_request_exception_type import UpdateOfficeHoursExceptionRequestExceptionType
    from .update_office_hours_schedule_request import UpdateOfficeHoursScheduleRequest
    from .update_team_members_request import UpdateTeamMembersRequest
    from .update_ticket_body import UpdateTicketBody
    from .update_ticket_request import UpdateTicketRequest
    from .update_ticket_request_ticket_attributes import UpdateTicketRequestTicketAttributes
    from .update_ticket_type_attribute_request import UpdateTicketTypeAttributeRequest
    from .update_ticket_type_request import UpdateTicketTypeRequest
    from .update_ticket_type_request_category import UpdateTicketTypeRequestCategory
    from .update_visitor_request import UpdateVisitorRequest
    from .update_visitor_request_custom_attributes import UpdateVisitorRequestCustomAttributes
    from .upload_ecommerce_catalog_body import UploadEcommerceCatalogBody
    from .upload_ecommerce_catalog_body_finalize import UploadEcommerceCatalogBodyFinalize
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
    from .whatsapp_message_status import WhatsappMessageStatus
    from .whatsapp_message_status_error_type_0 import WhatsappMessageStatusErrorType0
    from .whatsapp_message_status_list import WhatsappMessageStatusList
    from .whatsapp_message_status_list_events_type_0_item import WhatsappMessageStatusListEventsType0Item
    from .whatsapp_message_status_list_events_type_0_item_status import WhatsappMessageStatusListEventsType0ItemStatus
    from .whatsapp_message_status_list_events_type_0_item_type import WhatsappMessageStatusListEventsType0ItemType
    from .whatsapp_message_status_list_pages_type_0 import WhatsappMessageStatusListPagesType0
    from .whatsapp_message_status_list_pages_type_0_next_type_0 import WhatsappMessageStatusListPagesType0NextType0
    from .whatsapp_message_status_list_pages_type_0_type import WhatsappMessageStatusListPagesType0Type
    from .whatsapp_message_status_list_type import WhatsappMessageStatusListType
    from .whatsapp_message_status_status import WhatsappMessageStatusStatus
    from .workflow_export import WorkflowExport
    from .workflow_export_workflow_type_0 import WorkflowExportWorkflowType0
    from .workflow_export_workflow_type_0_attributes_type_0_item import WorkflowExportWorkflowType0AttributesType0Item
    from .workflow_export_workflow_type_0_embedded_rules_type_0_item import (
        WorkflowExportWorkflowType0EmbeddedRulesType0Item,
    )
    from .workflow_export_workflow_type_0_snapshot_type_0 import WorkflowExportWorkflowType0SnapshotType0
    from .workflow_export_workflow_type_0_state import WorkflowExportWorkflowType0State
    from .workflow_export_workflow_type_0_targeting_type_0 import WorkflowExportWorkflowType0TargetingType0

_MODULES = {
    "ActivityLog": "activity_log",
    "ActivityLogActivityType": "activity_log_activity_type",
    "ActivityLogEventTypeList": "activity_log_event_type_list",
    "ActivityLogList": "activity_log_list",
    "ActivityLogMetadata": "activity_log_metadata",
    "ActivityLogMetadataChangesType0": "activity_log_metadata_changes_type_0",
    "ActivityLogMetadataChangesType0AdditionalProperty": "activity_log_metadata_changes_type_0_additional_property",
    "ActivityLogMetadataMessageType0": "activity_log_metadata_message_type_0",
    "ActivityLogPerformedByType0": "activity_log_performed_by_type_0",
    "AddressableList": "addressable_list",
    "Admin": "admin",
    "AdminList": "admin_list",
    "AdminPriorityLevel": "admin_priority_level",
    "AdminPriorityLevelRequest": "admin_priority_level_request",
    "AdminReplyConversationRequest": "admin_reply_conversation_request",
    "AdminReplyConversationRequestMessageType": "admin_reply_conversation_request_message_type",
    "AdminReplyConversationRequestType": "admin_reply_conversation_request_type",
    "AdminReplyTicketRequest": "admin_reply_ticket_request",
    "AdminReplyTicketRequestMessageType": "admin_reply_ticket_request_message_type",
    "AdminReplyTicketRequestQuickReplyOption": "admin_reply_ticket_request_quick_reply_option",
    "AdminReplyTicketRequestType": "admin_reply_ticket_request_type",
    "AdminRoleType0": "admin_role_type_0",
    "AdminWithApp": "admin_with_app",
    "AdminWithAppAvatarType0": "admin_with_app_avatar_type_0",
    "AdminWithAppRoleType0": "admin_with_app_role_type_0",
    "AiAgent": "ai_agent",
    "AiAgentLastAnswerType": "ai_agent_last_answer_type",
    "AiAgentResolutionState": "ai_agent_resolution_state",
    "AiAgentSourceType": "ai_agent_source_type",
    "AiCallResponse": "ai_call_response",
    "AiCallResponseCallTranscriptType0Item": "ai_call_response_call_transcript_type_0_item",
    "AiCallResponseIntentType0Item": "ai_call_response_intent_type_0_item",
    "AiSubtopic": "ai_subtopic",
    "AiTopic": "ai_topic",
    "AiTopics": "ai_topics",
    "App": "app",
    "Article": "article",
    "ArticleContent": "article_content",
    "ArticleContentState": "article_content_state",
    "ArticleContentType": "article_content_type",
    "ArticleList": "article_list",
    "ArticleListItem": "article_list_item",
    "ArticleListItemHelpCenterAudience": "article_list_item_help_center_audience",
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
    "ArticleVersion": "article_version",
    "ArticleVersionList": "article_version_list",
    "ArticleVersionListType": "article_version_list_type",
    "ArticleVersionSummary": "article_version_summary",
    "ArticleVersionSummaryState": "article_version_summary_state",
    "ArticleVersionSummaryType": "article_version_summary_type",
    "AskFinBody": "ask_fin_body",
    "AskFinResponse200": "ask_fin_response_200",
    "AskFinResponse200Status": "ask_fin_response_200_status",
    "AssignConversationRequest": "assign_conversation_request",
    "AssignConversationRequestMessageType": "assign_conversation_request_message_type",
    "AssignConversationRequestType": "assign_conversation_request_type",
    "AttachContactToACompanyBody": "attach_contact_to_a_company_body",
    "AttachContactToConversationRequest": "attach_contact_to_conversation_request",
    "AttachContactToConversationRequestEmail": "attach_contact_to_conversation_request_email",
    "AttachContactToConversationRequestIntercomUserID": "attach_contact_to_conversation_request_intercom_user_id",
    "AttachContactToConversationRequestUserID": "attach_contact_to_conversation_request_user_id",
    "AttachSubscriptionTypeToContactBody": "attach_subscription_type_to_contact_body",
    "AttachTagToArticleBody": "attach_tag_to_article_body",
    "AttachTagToContactBody": "attach_tag_to_contact_body",
    "AttachTagToContentSnippetBody": "attach_tag_to_content_snippet_body",
    "AttachTagToConversationBody": "attach_tag_to_conversation_body",
    "AttachTagToInternalArticleBody": "attach_tag_to_internal_article_body",
    "AttachTagToTicketBody": "attach_tag_to_ticket_body",
    "Audience": "audience",
    "AudienceList": "audience_list",
    "AudienceListType": "audience_list_type",
    "AudienceType": "audience_type",
    "AwayStatusReason": "away_status_reason",
    "AwayStatusReasonList": "away_status_reason_list",
    "AwayStatusReasonListType": "away_status_reason_list_type",
    "Banner": "banner",
    "BannerActionType0": "banner_action_type_0",
    "BannerActionType0ReactionSetType0Item": "banner_action_type_0_reaction_set_type_0_item",
    "BannerClientTargetingType0Item": "banner_client_targeting_type_0_item",
    "BannerDismiss": "banner_dismiss",
    "BannerList": "banner_list",
    "Brand": "brand",
    "BrandList": "brand_list",
    "BulkCreateCompaniesRequest": "bulk_create_companies_request",
    "BulkCreateCompaniesRequestCompaniesItem": "bulk_create_companies_request_companies_item",
    "BulkCreateCompaniesRequestCompaniesItemCustomAttributes": "bulk_create_companies_request_companies_item_custom_attributes",
    "BulkCreateCompaniesRequestJob": "bulk_create_companies_request_job",
    "BulkCreateContactsRequest": "bulk_create_contacts_request",
    "BulkCreateContactsRequestContactsItem": "bulk_create_contacts_request_contacts_item",
    "BulkCreateContactsRequestContactsItemCompaniesItem": "bulk_create_contacts_request_contacts_item_companies_item",
    "BulkCreateContactsRequestContactsItemCustomAttributes": "bulk_create_contacts_request_contacts_item_custom_attributes",
    "BulkCreateContactsRequestContactsItemTags": "bulk_create_contacts_request_contacts_item_tags",
    "BulkCreateContactsRequestContactsItemTagsAddItem": "bulk_create_contacts_request_contacts_item_tags_add_item",
    "BulkCreateContactsRequestJob": "bulk_create_contacts_request_job",
    "BulkDeleteCompaniesRequest": "bulk_delete_companies_request",
    "BulkDeleteCompaniesRequestCompaniesItem": "bulk_delete_companies_request_companies_item",
    "BulkDeleteCompaniesRequestJob": "bulk_delete_companies_request_job",
    "BulkDeleteContactsRequest": "bulk_delete_contacts_request",
    "BulkDeleteContactsRequestContactsItem": "bulk_delete_contacts_request_contacts_item",
    "BulkDeleteContactsRequestJob": "bulk_delete_contacts_request_job",
    "BulkUpdateCompaniesRequest": "bulk_update_companies_request",
    "BulkUpdateCompaniesRequestCompaniesItem": "bulk_update_companies_request_companies_item",
    "BulkUpdateCompaniesRequestCompaniesItemCustomAttributes": "bulk_update_companies_request_companies_item_custom_attributes",
    "BulkUpdateCompaniesRequestJob": "bulk_update_companies_request_job",
    "BulkUpdateContactsRequest": "bulk_update_contacts_request",
    "BulkUpdateContactsRequestContactsItem": "bulk_update_contacts_request_contacts_item",
    "BulkUpdateContactsRequestContactsItemCompaniesItem": "bulk_update_contacts_request_contacts_item_companies_item",
    "BulkUpdateContactsRequestContactsItemCustomAttributes": "bulk_update_contacts_request_contacts_item_custom_attributes",
    "BulkUpdateContactsRequestContactsItemTags": "bulk_update_contacts_request_contacts_item_tags",
    "BulkUpdateContactsRequestContactsItemTagsAddItem": "bulk_update_contacts_request_contacts_item_tags_add_item",
    "BulkUpdateContactsRequestContactsItemTagsRemoveItem": "bulk_update_contacts_request_contacts_item_tags_remove_item",
    "BulkUpdateContactsRequestJob": "bulk_update_contacts_request_job",
    "Call": "call",
    "CallList": "call_list",
    "CallSummary": "call_summary",
    "ChangeTicketTypeRequest": "change_ticket_type_request",
    "ChangeTicketTypeRequestTicketAttributes": "change_ticket_type_request_ticket_attributes",
    "CloseConversationRequest": "close_conversation_request",
    "CloseConversationRequestMessageType": "close_conversation_request_message_type",
    "CloseConversationRequestType": "close_conversation_request_type",
    "CollectAgentInputRequest": "collect_agent_input_request",
    "CollectAgentInputRequestAttributeValuesItem": "collect_agent_input_request_attribute_values_item",
    "Collection": "collection",
    "CollectionList": "collection_list",
    "CollectionListType": "collection_list_type",
    "CollectProcedureAgentInputResponse200": "collect_procedure_agent_input_response_200",
    "CompaniesBulkJob": "companies_bulk_job",
    "CompaniesBulkJobState": "companies_bulk_job_state",
    "CompaniesBulkJobTasksType0Item": "companies_bulk_job_tasks_type_0_item",
    "CompaniesBulkJobTasksType0ItemState": "companies_bulk_job_tasks_type_0_item_state",
    "CompaniesBulkJobType": "companies_bulk_job_type",
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
    "CompanyNote": "company_note",
    "CompanyNoteCompanyType0": "company_note_company_type_0",
    "CompanyNotesType0": "company_notes_type_0",
    "CompanyNotesType0Type": "company_notes_type_0_type",
    "CompanyPlanType0": "company_plan_type_0",
    "CompanyScroll": "company_scroll",
    "CompanySearchRequest": "company_search_request",
    "CompanySearchRequestSort": "company_search_request_sort",
    "CompanySearchRequestSortOrder": "company_search_request_sort_order",
    "CompanySegmentsType0": "company_segments_type_0",
    "CompanySegmentsType0Type": "company_segments_type_0_type",
    "CompanyTagsType0": "company_tags_type_0",
    "CompanyTagsType0Type": "company_tags_type_0_type",
    "CompanyType": "company_type",
    "Contact": "contact",
    "ContactActivity": "contact_activity",
    "ContactActivityEventType": "contact_activity_event_type",
    "ContactActivityList": "contact_activity_list",
    "ContactActivityListPagesType0": "contact_activity_list_pages_type_0",
    "ContactActivityListPagesType0NextType0": "contact_activity_list_pages_type_0_next_type_0",
    "ContactActivityListPagesType0Type": "contact_activity_list_pages_type_0_type",
    "ContactActivityListType": "contact_activity_list_type",
    "ContactActivityType": "contact_activity_type",
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
    "ContactsBulkJob": "contacts_bulk_job",
    "ContactsBulkJobState": "contacts_bulk_job_state",
    "ContactsBulkJobTasksType0Item": "contacts_bulk_job_tasks_type_0_item",
    "ContactsBulkJobTasksType0ItemState": "contacts_bulk_job_tasks_type_0_item_state",
    "ContactsBulkJobType": "contacts_bulk_job_type",
    "ContactSearchRequest": "contact_search_request",
    "ContactSearchRequestSort": "contact_search_request_sort",
    "ContactSearchRequestSortOrder": "contact_search_request_sort_order",
    "ContactSegments": "contact_segments",
    "ContactSegmentsType": "contact_segments_type",
    "ContactSocialProfiles": "contact_social_profiles",
    "ContactSubscriptionTypes": "contact_subscription_types",
    "ContactTags": "contact_tags",
    "ContactUnarchived": "contact_unarchived",
    "ContentBulkActionRequest": "content_bulk_action_request",
    "ContentBulkActionRequestAction": "content_bulk_action_request_action",
    "ContentBulkActionRequestAudience": "content_bulk_action_request_audience",
    "ContentBulkActionRequestAvailability": "content_bulk_action_request_availability",
    "ContentBulkActionRequestContentIdsItem": "content_bulk_action_request_content_ids_item",
    "ContentBulkActionRequestContentIdsItemType": "content_bulk_action_request_content_ids_item_type",
    "ContentBulkActionRequestTags": "content_bulk_action_request_tags",
    "ContentBulkActionResponse": "content_bulk_action_response",
    "ContentImportSource": "content_import_source",
    "ContentImportSourcesList": "content_import_sources_list",
    "ContentImportSourcesListType": "content_import_sources_list_type",
    "ContentImportSourceStatus": "content_import_source_status",
    "ContentImportSourceSyncBehavior": "content_import_source_sync_behavior",
    "ContentImportSourceType": "content_import_source_type",
    "ContentSearchArticleContentItem": "content_search_article_content_item",
    "ContentSearchArticleContentItemType": "content_search_article_content_item_type",
    "ContentSearchArticleItem": "content_search_article_item",
    "ContentSearchArticleItemType": "content_search_article_item_type",
    "ContentSearchDefaultItem": "content_search_default_item",
    "ContentSearchDefaultItemType": "content_search_default_item_type",
    "ContentSearchResponse": "content_search_response",
    "ContentSearchResponsePagesType0": "content_search_response_pages_type_0",
    "ContentSearchResponsePagesType0Type": "content_search_response_pages_type_0_type",
    "ContentSearchResponseType": "content_search_response_type",
    "ContentSnippet": "content_snippet",
    "ContentSnippetCreateRequest": "content_snippet_create_request",
    "ContentSnippetCreateRequestJsonBlocksItem": "content_snippet_create_request_json_blocks_item",
    "ContentSnippetJsonBlocksType0Item": "content_snippet_json_blocks_type_0_item",
    "ContentSnippetList": "content_snippet_list",
    "ContentSnippetListType": "content_snippet_list_type",
    "ContentSnippetUpdateRequest": "content_snippet_update_request",
    "ContentSnippetUpdateRequestJsonBlocksItem": "content_snippet_update_request_json_blocks_item",
    "ContentSource": "content_source",
    "ContentSourceContentType": "content_source_content_type",
    "ContentSourcesList": "content_sources_list",
    "ContentSourcesListType": "content_sources_list_type",
    "Conversation": "conversation",
    "ConversationAttachmentFiles": "conversation_attachment_files",
    "ConversationAttributeBase": "conversation_attribute_base",
    "ConversationAttributeBaseDataType": "conversation_attribute_base_data_type",
    "ConversationAttributeBaseType": "conversation_attribute_base_type",
    "ConversationAttributeBooleanType": "conversation_attribute_boolean_type",
    "ConversationAttributeBooleanTypeDataType": "conversation_attribute_boolean_type_data_type",
    "ConversationAttributeDatetimeType": "conversation_attribute_datetime_type",
    "ConversationAttributeDatetimeTypeDataType": "conversation_attribute_datetime_type_data_type",
    "ConversationAttributeDecimalType": "conversation_attribute_decimal_type",
    "ConversationAttributeDecimalTypeDataType": "conversation_attribute_decimal_type_data_type",
    "ConversationAttributeFilesType": "conversation_attribute_files_type",
    "ConversationAttributeFilesTypeDataType": "conversation_attribute_files_type_data_type",
    "ConversationAttributeIntegerType": "conversation_attribute_integer_type",
    "ConversationAttributeIntegerTypeDataType": "conversation_attribute_integer_type_data_type",
    "ConversationAttributeList": "conversation_attribute_list",
    "ConversationAttributeListType": "conversation_attribute_list_type",
    "ConversationAttributeListTypeDataType": "conversation_attribute_list_type_data_type",
    "ConversationAttributeListTypeEnum": "conversation_attribute_list_type_enum",
    "ConversationAttributeOption": "conversation_attribute_option",
    "ConversationAttributeRelationshipType": "conversation_attribute_relationship_type",
    "ConversationAttributeRelationshipTypeDataType": "conversation_attribute_relationship_type_data_type",
    "ConversationAttributeRelationshipTypeReferenceType0": "conversation_attribute_relationship_type_reference_type_0",
    "ConversationAttributeRelationshipTypeReferenceType0Type": "conversation_attribute_relationship_type_reference_type_0_type",
    "ConversationAttributeStringType": "conversation_attribute_string_type",
    "ConversationAttributeStringTypeDataType": "conversation_attribute_string_type_data_type",
    "ConversationAttributeUpdatedByAdmin": "conversation_attribute_updated_by_admin",
    "ConversationAttributeUpdatedByAdminAttributeType0": "conversation_attribute_updated_by_admin_attribute_type_0",
    "ConversationAttributeUpdatedByAdminValueType0": "conversation_attribute_updated_by_admin_value_type_0",
    "ConversationAttributeUpdatedByUser": "conversation_attribute_updated_by_user",
    "ConversationAttributeUpdatedByUserAttributeType0": "conversation_attribute_updated_by_user_attribute_type_0",
    "ConversationAttributeUpdatedByUserValueType0": "conversation_attribute_updated_by_user_value_type_0",
    "ConversationAttributeUpdatedByWorkflow": "conversation_attribute_updated_by_workflow",
    "ConversationAttributeUpdatedByWorkflowAttributeType0": "conversation_attribute_updated_by_workflow_attribute_type_0",
    "ConversationAttributeUpdatedByWorkflowValueType0": "conversation_attribute_updated_by_workflow_value_type_0",
    "ConversationAttributeUpdatedByWorkflowWorkflowType0": "conversation_attribute_updated_by_workflow_workflow_type_0",
    "ConversationChannel": "conversation_channel",
    "ConversationContacts": "conversation_contacts",
    "ConversationContactsType": "conversation_contacts_type",
    "ConversationCustomersType0Item": "conversation_customers_type_0_item",
    "ConversationDeleted": "conversation_deleted",
    "ConversationDeletedObject": "conversation_deleted_object",
    "ConversationExternalReference": "conversation_external_reference",
    "ConversationFirstContactReply": "conversation_first_contact_reply",
    "ConversationList": "conversation_list",
    "ConversationListItem": "conversation_list_item",
    "ConversationListItemPriority": "conversation_list_item_priority",
    "ConversationListItemState": "conversation_list_item_state",
    "ConversationListItemTopicsType0": "conversation_list_item_topics_type_0",
    "ConversationListType": "conversation_list_type",
    "ConversationMonitorEvaluation": "conversation_monitor_evaluation",
    "ConversationPart": "conversation_part",
    "ConversationPartAuthor": "conversation_part_author",
    "ConversationPartMetadata": "conversation_part_metadata",
    "ConversationPartMetadataQuickReplyOptionsType0Item": "conversation_part_metadata_quick_reply_options_type_0_item",
    "ConversationPartMetadataQuickReplyOptionsType0ItemTranslationsType0": "conversation_part_metadata_quick_reply_options_type_0_item_translations_type_0",
    "ConversationParts": "conversation_parts",
    "ConversationPartSeenStateType0": "conversation_part_seen_state_type_0",
    "ConversationPartState": "conversation_part_state",
    "ConversationPartsType": "conversation_parts_type",
    "ConversationPartTranslationsType0": "conversation_part_translations_type_0",
    "ConversationPriority": "conversation_priority",
    "ConversationRating": "conversation_rating",
    "ConversationResponseTime": "conversation_response_time",
    "ConversationScorecard": "conversation_scorecard",
    "ConversationScorecardEvaluator": "conversation_scorecard_evaluator",
    "ConversationScorecardEvaluatorResult": "conversation_scorecard_evaluator_result",
    "ConversationScorecardReviewedTeammate": "conversation_scorecard_reviewed_teammate",
    "ConversationScorecardReviewedTeammateType": "conversation_scorecard_reviewed_teammate_type",
    "ConversationSlaAppliedByRule": "conversation_sla_applied_by_rule",
    "ConversationSlaAppliedByRuleSlaDefinitionType0": "conversation_sla_applied_by_rule_sla_definition_type_0",
    "ConversationSlaAppliedByWorkflow": "conversation_sla_applied_by_workflow",
    "ConversationSlaAppliedByWorkflowSlaDefinitionType0": "conversation_sla_applied_by_workflow_sla_definition_type_0",
    "ConversationSlaPaused": "conversation_sla_paused",
    "ConversationSlaPausedCurrentSlaStatus": "conversation_sla_paused_current_sla_status",
    "ConversationSlaPausedSlaStatesType0": "conversation_sla_paused_sla_states_type_0",
    "ConversationSlaPausedSlaStatesType0AdditionalProperty": "conversation_sla_paused_sla_states_type_0_additional_property",
    "ConversationSlaPausedSlaStatesType0AdditionalPropertyStatus": "conversation_sla_paused_sla_states_type_0_additional_property_status",
    "ConversationSlaRemoved": "conversation_sla_removed",
    "ConversationSlaTargetMissed": "conversation_sla_target_missed",
    "ConversationSlaTargetMissedCurrentSlaStatus": "conversation_sla_target_missed_current_sla_status",
    "ConversationSlaTargetMissedSlaStatesType0": "conversation_sla_target_missed_sla_states_type_0",
    "ConversationSlaTargetMissedSlaStatesType0AdditionalProperty": "conversation_sla_target_missed_sla_states_type_0_additional_property",
    "ConversationSlaTargetMissedSlaStatesType0AdditionalPropertyStatus": "conversation_sla_target_missed_sla_states_type_0_additional_property_status",
    "ConversationSlaTargetMissedSlaTargetType": "conversation_sla_target_missed_sla_target_type",
    "ConversationSlaUnpaused": "conversation_sla_unpaused",
    "ConversationSource": "conversation_source",
    "ConversationSourceAuthor": "conversation_source_author",
    "ConversationSourceRecipientsType0Item": "conversation_source_recipients_type_0_item",
    "ConversationSourceReplyToType0Item": "conversation_source_reply_to_type_0_item",
    "ConversationState": "conversation_state",
    "ConversationStatistics": "conversation_statistics",
    "ConversationTagsUpdated": "conversation_tags_updated",
    "ConversationTeammates": "conversation_teammates",
    "ConversationTopicsType0": "conversation_topics_type_0",
    "ConvertConversationToTicketRequest": "convert_conversation_to_ticket_request",
    "ConvertVisitorRequest": "convert_visitor_request",
    "ConvertVisitorRequestUser": "convert_visitor_request_user",
    "ConvertVisitorRequestVisitor": "convert_visitor_request_visitor",
    "CreateArticleRequest": "create_article_request",
    "CreateArticleRequestState": "create_article_request_state",
    "CreateAudienceRequest": "create_audience_request",
    "CreateCollectionRequest": "create_collection_request",
    "CreateCompanyNoteBody": "create_company_note_body",
    "CreateContactRequest": "create_contact_request",
    "CreateContactRequestCustomAttributesType0": "create_contact_request_custom_attributes_type_0",
    "CreateContactResponse200": "create_contact_response_200",
    "CreateContentImportSourceRequest": "create_content_import_source_request",
    "CreateContentImportSourceRequestStatus": "create_content_import_source_request_status",
    "CreateContentImportSourceRequestSyncBehavior": "create_content_import_source_request_sync_behavior",
    "CreateConversationAttributeBooleanRequest": "create_conversation_attribute_boolean_request",
    "CreateConversationAttributeBooleanRequestDataType": "create_conversation_attribute_boolean_request_data_type",
    "CreateConversationAttributeDatetimeRequest": "create_conversation_attribute_datetime_request",
    "CreateConversationAttributeDatetimeRequestDataType": "create_conversation_attribute_datetime_request_data_type",
    "CreateConversationAttributeDecimalRequest": "create_conversation_attribute_decimal_request",
    "CreateConversationAttributeDecimalRequestDataType": "create_conversation_attribute_decimal_request_data_type",
    "CreateConversationAttributeFilesRequest": "create_conversation_attribute_files_request",
    "CreateConversationAttributeFilesRequestDataType": "create_conversation_attribute_files_request_data_type",
    "CreateConversationAttributeIntegerRequest": "create_conversation_attribute_integer_request",
    "CreateConversationAttributeIntegerRequestDataType": "create_conversation_attribute_integer_request_data_type",
    "CreateConversationAttributeListRequest": "create_conversation_attribute_list_request",
    "CreateConversationAttributeListRequestDataType": "create_conversation_attribute_list_request_data_type",
    "CreateConversationAttributeOptionRequest": "create_conversation_attribute_option_request",
    "CreateConversationAttributeRelationshipRequest": "create_conversation_attribute_relationship_request",
    "CreateConversationAttributeRelationshipRequestDataType": "create_conversation_attribute_relationship_request_data_type",
    "CreateConversationAttributeRelationshipRequestReference": "create_conversation_attribute_relationship_request_reference",
    "CreateConversationAttributeRelationshipRequestReferenceType": "create_conversation_attribute_relationship_request_reference_type",
    "CreateConversationAttributeRequestBase": "create_conversation_attribute_request_base",
    "CreateConversationAttributeRequestBaseDataType": "create_conversation_attribute_request_base_data_type",
    "CreateConversationAttributeStringRequest": "create_conversation_attribute_string_request",
    "CreateConversationAttributeStringRequestDataType": "create_conversation_attribute_string_request_data_type",
    "CreateConversationRequest": "create_conversation_request",
    "CreateConversationRequestFrom": "create_conversation_request_from",
    "CreateConversationRequestFromType": "create_conversation_request_from_type",
    "CreateDataAttributeRequestListAttribute": "create_data_attribute_request_list_attribute",
    "CreateDataAttributeRequestListAttributeDataType": "create_data_attribute_request_list_attribute_data_type",
    "CreateDataAttributeRequestListAttributeOptionsItem": "create_data_attribute_request_list_attribute_options_item",
    "CreateDataAttributeRequestOtherType": "create_data_attribute_request_other_type",
    "CreateDataAttributeRequestOtherTypeDataType": "create_data_attribute_request_other_type_data_type",
    "CreateDataConnectorRequest": "create_data_connector_request",
    "CreateDataConnectorRequestAudiencesItem": "create_data_connector_request_audiences_item",
    "CreateDataConnectorRequestDataInputsItem": "create_data_connector_request_data_inputs_item",
    "CreateDataConnectorRequestDataInputsItemType": "create_data_connector_request_data_inputs_item_type",
    "CreateDataConnectorRequestHeadersItem": "create_data_connector_request_headers_item",
    "CreateDataConnectorRequestHttpMethod": "create_data_connector_request_http_method",
    "CreateDataConnectorRequestMockResponse": "create_data_connector_request_mock_response",
    "CreateDataEventRequest": "create_data_event_request",
    "CreateDataEventRequestMetadata": "create_data_event_request_metadata",
    "CreateDataEventSummariesRequest": "create_data_event_summaries_request",
    "CreateDataEventSummariesRequestEventSummaries": "create_data_event_summaries_request_event_summaries",
    "CreateDataExportsRequest": "create_data_exports_request",
    "CreateExternalPageRequest": "create_external_page_request",
    "CreateExternalPageRequestLocale": "create_external_page_request_locale",
    "CreateFolderBody": "create_folder_body",
    "CreateFolderBodyFolder": "create_folder_body_folder",
    "CreateHelpCenterRedirectRequest": "create_help_center_redirect_request",
    "CreateHelpCenterRedirectRequestTargetType": "create_help_center_redirect_request_target_type",
    "CreateIdentityVerificationSecretRequest": "create_identity_verification_secret_request",
    "CreateInternalArticleRequest": "create_internal_article_request",
    "CreateMessageRequest": "create_message_request",
    "CreateMessageRequestFrom": "create_message_request_from",
    "CreateMessageRequestFromType": "create_message_request_from_type",
    "CreateMessageRequestMessageType": "create_message_request_message_type",
    "CreateNoteBody": "create_note_body",
    "CreateOfficeHoursExceptionRequest": "create_office_hours_exception_request",
    "CreateOfficeHoursExceptionRequestExceptionType": "create_office_hours_exception_request_exception_type",
    "CreateOfficeHoursScheduleRequest": "create_office_hours_schedule_request",
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
    "CustomObjectInstancesPaginatedList": "custom_object_instances_paginated_list",
    "CustomObjectInstancesPaginatedListType": "custom_object_instances_paginated_list_type",
    "DataAttribute": "data_attribute",
    "DataAttributeDataType": "data_attribute_data_type",
    "DataAttributeList": "data_attribute_list",
    "DataAttributeListType": "data_attribute_list_type",
    "DataAttributeModel": "data_attribute_model",
    "DataAttributeType": "data_attribute_type",
    "DataConnector": "data_connector",
    "DataConnectorDetail": "data_connector_detail",
    "DataConnectorDetailAudiencesType0Item": "data_connector_detail_audiences_type_0_item",
    "DataConnectorDetailConfigurationResponseType": "data_connector_detail_configuration_response_type",
    "DataConnectorDetailDataInputsType0Item": "data_connector_detail_data_inputs_type_0_item",
    "DataConnectorDetailDataInputsType0ItemType": "data_connector_detail_data_inputs_type_0_item_type",
    "DataConnectorDetailDataTransformationType": "data_connector_detail_data_transformation_type",
    "DataConnectorDetailExecutionType": "data_connector_detail_execution_type",
    "DataConnectorDetailHeadersType0Item": "data_connector_detail_headers_type_0_item",
    "DataConnectorDetailHttpMethod": "data_connector_detail_http_method",
    "DataConnectorDetailObjectMappingsType0Item": "data_connector_detail_object_mappings_type_0_item",
    "DataConnectorDetailObjectMappingsType0ItemAttributeMappingsType0Item": "data_connector_detail_object_mappings_type_0_item_attribute_mappings_type_0_item",
    "DataConnectorDetailObjectMappingsType0ItemAttributeMappingsType0ItemMappingType": "data_connector_detail_object_mappings_type_0_item_attribute_mappings_type_0_item_mapping_type",
    "DataConnectorDetailObjectMappingsType0ItemIntercomObjectType": "data_connector_detail_object_mappings_type_0_item_intercom_object_type",
    "DataConnectorDetailObjectMappingsType0ItemReferenceMappingsType0Item": "data_connector_detail_object_mappings_type_0_item_reference_mappings_type_0_item",
    "DataConnectorDetailObjectMappingsType0ItemReferenceMappingsType0ItemIntercomObjectType": "data_connector_detail_object_mappings_type_0_item_reference_mappings_type_0_item_intercom_object_type",
    "DataConnectorDetailResponseFieldsType0Item": "data_connector_detail_response_fields_type_0_item",
    "DataConnectorDetailResponseFieldsType0ItemType": "data_connector_detail_response_fields_type_0_item_type",
    "DataConnectorDetailState": "data_connector_detail_state",
    "DataConnectorDetailType": "data_connector_detail_type",
    "DataConnectorExecutionResult": "data_connector_execution_result",
    "DataConnectorExecutionResultErrorType": "data_connector_execution_result_error_type",
    "DataConnectorExecutionResultHttpMethod": "data_connector_execution_result_http_method",
    "DataConnectorExecutionResultList": "data_connector_execution_result_list",
    "DataConnectorExecutionResultListPagesType0": "data_connector_execution_result_list_pages_type_0",
    "DataConnectorExecutionResultListPagesType0NextType0": "data_connector_execution_result_list_pages_type_0_next_type_0",
    "DataConnectorExecutionResultListPagesType0Type": "data_connector_execution_result_list_pages_type_0_type",
    "DataConnectorExecutionResultListType": "data_connector_execution_result_list_type",
    "DataConnectorExecutionResultSourceType": "data_connector_execution_result_source_type",
    "DataConnectorExecutionResultType": "data_connector_execution_result_type",
    "DataConnectorHttpMethod": "data_connector_http_method",
    "DataConnectorList": "data_connector_list",
    "DataConnectorListPagesType0": "data_connector_list_pages_type_0",
    "DataConnectorListPagesType0NextType0": "data_connector_list_pages_type_0_next_type_0",
    "DataConnectorListPagesType0Type": "data_connector_list_pages_type_0_type",
    "DataConnectorListType": "data_connector_list_type",
    "DataConnectorState": "data_connector_state",
    "DataConnectorType": "data_connector_type",
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
    "DeletedConversationItem": "deleted_conversation_item",
    "DeletedConversationList": "deleted_conversation_list",
    "DeletedDataConnectorObject": "deleted_data_connector_object",
    "DeletedDataConnectorObjectObject": "deleted_data_connector_object_object",
    "DeletedFolderObject": "deleted_folder_object",
    "DeletedFolderObjectObject": "deleted_folder_object_object",
    "DeletedHelpCenterRedirectObject": "deleted_help_center_redirect_object",
    "DeletedHelpCenterRedirectObjectObject": "deleted_help_center_redirect_object_object",
    "DeletedInternalArticleObject": "deleted_internal_article_object",
    "DeletedInternalArticleObjectObject": "deleted_internal_article_object_object",
    "DeletedObject": "deleted_object",
    "DeletedObjectObject": "deleted_object_object",
    "DeleteOfficeHoursExceptionResponse200": "delete_office_hours_exception_response_200",
    "DeleteOfficeHoursScheduleResponse200": "delete_office_hours_schedule_response_200",
    "DetachContactFromConversationRequest": "detach_contact_from_conversation_request",
    "DetachTagFromConversationBody": "detach_tag_from_conversation_body",
    "DetachTagFromTicketBody": "detach_tag_from_ticket_body",
    "DownloadDataExportAccept": "download_data_export_accept",
    "DownloadReportingDataExportAccept": "download_reporting_data_export_accept",
    "EcommerceCatalogProduct": "ecommerce_catalog_product",
    "EcommerceCatalogProductAdditionalDataType0": "ecommerce_catalog_product_additional_data_type_0",
    "EcommerceCatalogProductAvailableOptionsItem": "ecommerce_catalog_product_available_options_item",
    "EcommerceCatalogProductCollectionsItemType1": "ecommerce_catalog_product_collections_item_type_1",
    "EcommerceCatalogUploadPartResponse": "ecommerce_catalog_upload_part_response",
    "EcommerceCatalogUploadResponse": "ecommerce_catalog_upload_response",
    "EcommerceCatalogUploadResponseStatus": "ecommerce_catalog_upload_response_status",
    "EcommerceCatalogVariant": "ecommerce_catalog_variant",
    "EcommerceCatalogVariantSelectedOptionsItem": "ecommerce_catalog_variant_selected_options_item",
    "EmailAddressHeader": "email_address_header",
    "EmailList": "email_list",
    "EmailMessageMetadata": "email_message_metadata",
    "EmailSetting": "email_setting",
    "EnqueueCreateTicketBody": "enqueue_create_ticket_body",
    "EnqueueReportingDataExportBody": "enqueue_reporting_data_export_body",
    "EnqueueReportingDataExportResponse200": "enqueue_reporting_data_export_response_200",
    "Error": "error",
    "ErrorErrorsType0Item": "error_errors_type_0_item",
    "EscalateFinConversationBody": "escalate_fin_conversation_body",
    "EscalateFinConversationBodyUser": "escalate_fin_conversation_body_user",
    "EscalateFinConversationResponse200": "escalate_fin_conversation_response_200",
    "EscalateFinConversationResponse200Status": "escalate_fin_conversation_response_200_status",
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
    "FinAgentSettings": "fin_agent_settings",
    "FinAgentStatusUpdatedEvent": "fin_agent_status_updated_event",
    "FinAgentStatusUpdatedEventEventName": "fin_agent_status_updated_event_event_name",
    "FinAgentStatusUpdatedEventStatus": "fin_agent_status_updated_event_status",
    "FinAgentUser": "fin_agent_user",
    "FinAgentUserAttributes": "fin_agent_user_attributes",
    "Folder": "folder",
    "GetReportingDataExportResponse200": "get_reporting_data_export_response_200",
    "GroupContent": "group_content",
    "GroupContentType": "group_content_type",
    "GroupTranslatedContent": "group_translated_content",
    "GroupTranslatedContentType": "group_translated_content_type",
    "HandlingEvent": "handling_event",
    "HandlingEventList": "handling_event_list",
    "HandlingEventType": "handling_event_type",
    "HelpCenter": "help_center",
    "HelpCenterList": "help_center_list",
    "HelpCenterListType": "help_center_list_type",
    "HelpCenterRedirect": "help_center_redirect",
    "HelpCenterRedirectList": "help_center_redirect_list",
    "HelpCenterRedirectListType": "help_center_redirect_list_type",
    "HelpCenterRedirectTargetType": "help_center_redirect_target_type",
    "HelpCenterRedirectType": "help_center_redirect_type",
    "IdentityVerificationSecret": "identity_verification_secret",
    "IdentityVerificationSecretList": "identity_verification_secret_list",
    "IdentityVerificationSecretListType": "identity_verification_secret_list_type",
    "IdentityVerificationSecretWithMaterial": "identity_verification_secret_with_material",
    "IntercomVersion": "intercom_version",
    "IntercomVersionPreview": "intercom_version_preview",
    "InternalArticle": "internal_article",
    "InternalArticleList": "internal_article_list",
    "InternalArticleListItem": "internal_article_list_item",
    "InternalArticleListItemType": "internal_article_list_item_type",
    "InternalArticleListType": "internal_article_list_type",
    "InternalArticleSearchResponse": "internal_article_search_response",
    "InternalArticleSearchResponseDataType0": "internal_article_search_response_data_type_0",
    "InternalArticleSearchResponseType": "internal_article_search_response_type",
    "InternalArticleType": "internal_article_type",
    "Jobs": "jobs",
    "JobsStatus": "jobs_status",
    "JobsType": "jobs_type",
    "LinkConversationToTicketBody": "link_conversation_to_ticket_body",
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
    "ListContactMergeHistoryOrder": "list_contact_merge_history_order",
    "ListDataConnectorExecutionResultsErrorType": "list_data_connector_execution_results_error_type",
    "ListDataConnectorExecutionResultsIncludeBodies": "list_data_connector_execution_results_include_bodies",
    "ListDataConnectorExecutionResultsSuccess": "list_data_connector_execution_results_success",
    "ListFinCapabilitiesBody": "list_fin_capabilities_body",
    "ListFinCapabilitiesBodyUser": "list_fin_capabilities_body_user",
    "ListFinCapabilitiesResponse200": "list_fin_capabilities_response_200",
    "ListFinCapabilitiesResponse200CapabilitiesType0Item": "list_fin_capabilities_response_200_capabilities_type_0_item",
    "ListFoldersResponse200": "list_folders_response_200",
    "ListFoldersResponse200Type": "list_folders_response_200_type",
    "ListReportingDatasetsResponse200": "list_reporting_datasets_response_200",
    "ListReportingDatasetsResponse200DataType0Item": "list_reporting_datasets_response_200_data_type_0_item",
    "ListReportingDatasetsResponse200DataType0ItemAttributesType0Item": "list_reporting_datasets_response_200_data_type_0_item_attributes_type_0_item",
    "Macro": "macro",
    "MacroAvailableOnType0Item": "macro_available_on_type_0_item",
    "MacroList": "macro_list",
    "MacroListPagesType0": "macro_list_pages_type_0",
    "MacroListPagesType0NextType0": "macro_list_pages_type_0_next_type_0",
    "MacroListPagesType0Type": "macro_list_pages_type_0_type",
    "MacroListType": "macro_list_type",
    "MacroType": "macro_type",
    "MacroVisibleTo": "macro_visible_to",
    "MergeContactResponse200": "merge_contact_response_200",
    "MergeContactsRequest": "merge_contacts_request",
    "MergeConversationsRequest": "merge_conversations_request",
    "MergeHistoryItem": "merge_history_item",
    "MergeHistoryItemSourceContactRole": "merge_history_item_source_contact_role",
    "MergeHistoryList": "merge_history_list",
    "MergeHistoryListType": "merge_history_list_type",
    "MergePreviewAllowed": "merge_preview_allowed",
    "MergePreviewAttributeChange": "merge_preview_attribute_change",
    "MergePreviewAttributeChangeOutcome": "merge_preview_attribute_change_outcome",
    "MergePreviewAttributeChanges": "merge_preview_attribute_changes",
    "MergePreviewBlocked": "merge_preview_blocked",
    "MergePreviewReason": "merge_preview_reason",
    "MergePreviewReasonCode": "merge_preview_reason_code",
    "MergePreviewReassignments": "merge_preview_reassignments",
    "MergePreviewReassignmentsConversationsType0": "merge_preview_reassignments_conversations_type_0",
    "MergePreviewReassignmentsNotesType0": "merge_preview_reassignments_notes_type_0",
    "MergePreviewReassignmentsPhoneCallsType0": "merge_preview_reassignments_phone_calls_type_0",
    "MergePreviewReassignmentsTagsType0": "merge_preview_reassignments_tags_type_0",
    "MergePreviewReassignmentsTicketsType0": "merge_preview_reassignments_tickets_type_0",
    "MergePreviewRequest": "merge_preview_request",
    "MergePreviewSummary": "merge_preview_summary",
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
    "OfficeHoursException": "office_hours_exception",
    "OfficeHoursExceptionExceptionType": "office_hours_exception_exception_type",
    "OfficeHoursExceptionList": "office_hours_exception_list",
    "OfficeHoursSchedule": "office_hours_schedule",
    "OfficeHoursScheduleList": "office_hours_schedule_list",
    "OfficeHoursTimeInterval": "office_hours_time_interval",
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
    "Predicate": "predicate",
    "PriorityChanged": "priority_changed",
    "PriorityChangedCurrentPriority": "priority_changed_current_priority",
    "PriorityChangedPreviousPriority": "priority_changed_previous_priority",
    "PublishArticleDraftRequest": "publish_article_draft_request",
    "QuickReplyOption": "quick_reply_option",
    "Recipient": "recipient",
    "RecipientType": "recipient_type",
    "RedactConversationRequestRedactConversationPartRequest": "redact_conversation_request_redact_conversation_part_request",
    "RedactConversationRequestRedactConversationPartRequestType": "redact_conversation_request_redact_conversation_part_request_type",
    "RedactConversationRequestRedactConversationSourceRequest": "redact_conversation_request_redact_conversation_source_request",
    "RedactConversationRequestRedactConversationSourceRequestType": "redact_conversation_request_redact_conversation_source_request_type",
    "Reference": "reference",
    "RegisterFinVoiceCallRequest": "register_fin_voice_call_request",
    "RegisterFinVoiceCallRequestDataType0": "register_fin_voice_call_request_data_type_0",
    "RegisterFinVoiceCallRequestSource": "register_fin_voice_call_request_source",
    "ReplyToFinBody": "reply_to_fin_body",
    "ReplyToFinResponse200": "reply_to_fin_response_200",
    "ReplyToFinResponse200Status": "reply_to_fin_response_200_status",
    "RetrieveDataConnectorStateVersion": "retrieve_data_connector_state_version",
    "RunFinProcedureBody": "run_fin_procedure_body",
    "RunFinProcedureBodyConversationMetadata": "run_fin_procedure_body_conversation_metadata",
    "RunFinProcedureBodyConversationMetadataAttributes": "run_fin_procedure_body_conversation_metadata_attributes",
    "RunFinProcedureBodySettings": "run_fin_procedure_body_settings",
    "RunFinProcedureResponse200": "run_fin_procedure_response_200",
    "RunFinProcedureResponse200Status": "run_fin_procedure_response_200_status",
    "SalesAgent": "sales_agent",
    "SalesAgentCollectedDataType0": "sales_agent_collected_data_type_0",
    "SalesAgentOutcome": "sales_agent_outcome",
    "SearchActivityLogsBody": "search_activity_logs_body",
    "SearchContentContentTypesItem": "search_content_content_types_item",
    "SearchContentCopilotState": "search_content_copilot_state",
    "SearchContentFinSalesState": "search_content_fin_sales_state",
    "SearchContentFinServiceState": "search_content_fin_service_state",
    "SearchContentFolderEntityType": "search_content_folder_entity_type",
    "SearchContentStatesItem": "search_content_states_item",
    "SearchContentTagOperator": "search_content_tag_operator",
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
    "SideConversationList": "side_conversation_list",
    "SideConversationListPagesType0": "side_conversation_list_pages_type_0",
    "SideConversationListPagesType0Type": "side_conversation_list_pages_type_0_type",
    "SideConversationListType": "side_conversation_list_type",
    "SideConversationSummary": "side_conversation_summary",
    "SingleFilterSearchRequest": "single_filter_search_request",
    "SingleFilterSearchRequestOperator": "single_filter_search_request_operator",
    "SlaApplied": "sla_applied",
    "SlaAppliedSlaStatus": "sla_applied_sla_status",
    "SnoozeConversationRequest": "snooze_conversation_request",
    "SnoozeConversationRequestMessageType": "snooze_conversation_request_message_type",
    "Snoozed": "snoozed",
    "SocialProfile": "social_profile",
    "SourceEmailMessageMetadata": "source_email_message_metadata",
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
    "TagCreateResponse": "tag_create_response",
    "TagCreateResponseCompaniesType0Item": "tag_create_response_companies_type_0_item",
    "TagCreateResponseUsersType0Item": "tag_create_response_users_type_0_item",
    "TagList": "tag_list",
    "TagListType": "tag_list_type",
    "TagMultipleUsersRequest": "tag_multiple_users_request",
    "TagMultipleUsersRequestUsersItem": "tag_multiple_users_request_users_item",
    "Tags": "tags",
    "TagsType": "tags_type",
    "Team": "team",
    "TeamList": "team_list",
    "TeamListType": "team_list_type",
    "TeammateReference": "teammate_reference",
    "TeammateReferenceType": "teammate_reference_type",
    "TeamMetric": "team_metric",
    "TeamMetricList": "team_metric_list",
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
    "TicketPartTranslationsType0": "ticket_part_translations_type_0",
    "TicketPartUpdatedAttribute": "ticket_part_updated_attribute",
    "TicketPartUpdatedAttributeAttributeType0": "ticket_part_updated_attribute_attribute_type_0",
    "TicketPartUpdatedAttributeAttributeType0Type": "ticket_part_updated_attribute_attribute_type_0_type",
    "TicketPartUpdatedAttributeValueType0": "ticket_part_updated_attribute_value_type_0",
    "TicketPartUpdatedAttributeValueType0Type": "ticket_part_updated_attribute_value_type_0_type",
    "TicketReply": "ticket_reply",
    "TicketReplyPartType": "ticket_reply_part_type",
    "TicketReplyTranslationsType0": "ticket_reply_translations_type_0",
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
    "UpdateAudienceRequest": "update_audience_request",
    "UpdateCollectionRequest": "update_collection_request",
    "UpdateContactRequest": "update_contact_request",
    "UpdateContactRequestCustomAttributesType0": "update_contact_request_custom_attributes_type_0",
    "UpdateContactResponse200": "update_contact_response_200",
    "UpdateContentImportSourceRequest": "update_content_import_source_request",
    "UpdateContentImportSourceRequestStatus": "update_content_import_source_request_status",
    "UpdateContentImportSourceRequestSyncBehavior": "update_content_import_source_request_sync_behavior",
    "UpdateConversationAttributeOptionRequest": "update_conversation_attribute_option_request",
    "UpdateConversationAttributeRequest": "update_conversation_attribute_request",
    "UpdateConversationAttributeRequestReference": "update_conversation_attribute_request_reference",
    "UpdateConversationAttributeRequestReferenceType": "update_conversation_attribute_request_reference_type",
    "UpdateConversationPartRequest": "update_conversation_part_request",
    "UpdateConversationRequest": "update_conversation_request",
    "UpdateConversationRequestPriority": "update_conversation_request_priority",
    "UpdateDataAttributeRequestListAttribute": "update_data_attribute_request_list_attribute",
    "UpdateDataAttributeRequestListAttributeOptionsItem": "update_data_attribute_request_list_attribute_options_item",
    "UpdateDataConnectorRequest": "update_data_connector_request",
    "UpdateDataConnectorRequestAudiencesItem": "update_data_connector_request_audiences_item",
    "UpdateDataConnectorRequestDataInputsItem": "update_data_connector_request_data_inputs_item",
    "UpdateDataConnectorRequestDataInputsItemType": "update_data_connector_request_data_inputs_item_type",
    "UpdateDataConnectorRequestHeadersItem": "update_data_connector_request_headers_item",
    "UpdateDataConnectorRequestHttpMethod": "update_data_connector_request_http_method",
    "UpdateDataConnectorRequestMockResponse": "update_data_connector_request_mock_response",
    "UpdateDataConnectorRequestState": "update_data_connector_request_state",
    "UpdateExternalPageRequest": "update_external_page_request",
    "UpdateExternalPageRequestLocale": "update_external_page_request_locale",
    "UpdateFolderBody": "update_folder_body",
    "UpdateFolderBodyFolder": "update_folder_body_folder",
    "UpdateInternalArticleRequest": "update_internal_article_request",
    "UpdateOfficeHoursExceptionRequest": "update_office_hours_exception_request",
    "UpdateOfficeHoursExceptionRequestExceptionType": "update_office_hours_exception_request_exception_type",
    "UpdateOfficeHoursScheduleRequest": "update_office_hours_schedule_request",
    "UpdateTeamMembersRequest": "update_team_members_request",
    "UpdateTicketBody": "update_ticket_body",
    "UpdateTicketRequest": "update_ticket_request",
    "UpdateTicketRequestTicketAttributes": "update_ticket_request_ticket_attributes",
    "UpdateTicketTypeAttributeRequest": "update_ticket_type_attribute_request",
    "UpdateTicketTypeRequest": "update_ticket_type_request",
    "UpdateTicketTypeRequestCategory": "update_ticket_type_request_category",
    "UpdateVisitorRequest": "update_visitor_request",
    "UpdateVisitorRequestCustomAttributes": "update_visitor_request_custom_attributes",
    "UploadEcommerceCatalogBody": "upload_ecommerce_catalog_body",
    "UploadEcommerceCatalogBodyFinalize": "upload_ecommerce_catalog_body_finalize",
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
    "WhatsappMessageStatus": "whatsapp_message_status",
    "WhatsappMessageStatusErrorType0": "whatsapp_message_status_error_type_0",
    "WhatsappMessageStatusList": "whatsapp_message_status_list",
    "WhatsappMessageStatusListEventsType0Item": "whatsapp_message_status_list_events_type_0_item",
    "WhatsappMessageStatusListEventsType0ItemStatus": "whatsapp_message_status_list_events_type_0_item_status",
    "WhatsappMessageStatusListEventsType0ItemType": "whatsapp_message_status_list_events_type_0_item_type",
    "WhatsappMessageStatusListPagesType0": "whatsapp_message_status_list_pages_type_0",
    "WhatsappMessageStatusListPagesType0NextType0": "whatsapp_message_status_list_pages_type_0_next_type_0",
    "WhatsappMessageStatusListPagesType0Type": "whatsapp_message_status_list_pages_type_0_type",
    "WhatsappMessageStatusListType": "whatsapp_message_status_list_type",
    "WhatsappMessageStatusStatus": "whatsapp_message_status_status",
    "WorkflowExport": "workflow_export",
    "WorkflowExportWorkflowType0": "workflow_export_workflow_type_0",
    "WorkflowExportWorkflowType0AttributesType0Item": "workflow_export_workflow_type_0_attributes_type_0_item",
    "WorkflowExportWorkflowType0EmbeddedRulesType0Item": "workflow_export_workflow_type_0_embedded_rules_type_0_item",
    "WorkflowExportWorkflowType0SnapshotType0": "workflow_export_workflow_type_0_snapshot_type_0",
    "WorkflowExportWorkflowType0State": "workflow_export_workflow_type_0_state",
    "WorkflowExportWorkflowType0TargetingType0": "workflow_export_workflow_type_0_targeting_type_0",
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
    "ActivityLogEventTypeList",
    "ActivityLogList",
    "ActivityLogMetadata",
    "ActivityLogMetadataChangesType0",
    "ActivityLogMetadataChangesType0AdditionalProperty",
    "ActivityLogMetadataMessageType0",
    "ActivityLogPerformedByType0",
    "AddressableList",
    "Admin",
    "AdminList",
    "AdminPriorityLevel",
    "AdminPriorityLevelRequest",
    "AdminReplyConversationRequest",
    "AdminReplyConversationRequestMessageType",
    "AdminReplyConversationRequestType",
    "AdminReplyTicketRequest",
    "AdminReplyTicketRequestMessageType",
    "AdminReplyTicketRequestQuickReplyOption",
    "AdminReplyTicketRequestType",
    "AdminRoleType0",
    "AdminWithApp",
    "AdminWithAppAvatarType0",
    "AdminWithAppRoleType0",
    "AiAgent",
    "AiAgentLastAnswerType",
    "AiAgentResolutionState",
    "AiAgentSourceType",
    "AiCallResponse",
    "AiCallResponseCallTranscriptType0Item",
    "AiCallResponseIntentType0Item",
    "AiSubtopic",
    "AiTopic",
    "AiTopics",
    "App",
    "Article",
    "ArticleContent",
    "ArticleContentState",
    "ArticleContentType",
    "ArticleList",
    "ArticleListItem",
    "ArticleListItemHelpCenterAudience",
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
    "ArticleVersion",
    "ArticleVersionList",
    "ArticleVersionListType",
    "ArticleVersionSummary",
    "ArticleVersionSummaryState",
    "ArticleVersionSummaryType",
    "AskFinBody",
    "AskFinResponse200",
    "AskFinResponse200Status",
    "AssignConversationRequest",
    "AssignConversationRequestMessageType",
    "AssignConversationRequestType",
    "AttachContactToACompanyBody",
    "AttachContactToConversationRequest",
    "AttachContactToConversationRequestEmail",
    "AttachContactToConversationRequestIntercomUserID",
    "AttachContactToConversationRequestUserID",
    "AttachSubscriptionTypeToContactBody",
    "AttachTagToArticleBody",
    "AttachTagToContactBody",
    "AttachTagToContentSnippetBody",
    "AttachTagToConversationBody",
    "AttachTagToInternalArticleBody",
    "AttachTagToTicketBody",
    "Audience",
    "AudienceList",
    "AudienceListType",
    "AudienceType",
    "AwayStatusReason",
    "AwayStatusReasonList",
    "AwayStatusReasonListType",
    "Banner",
    "BannerActionType0",
    "BannerActionType0ReactionSetType0Item",
    "BannerClientTargetingType0Item",
    "BannerDismiss",
    "BannerList",
    "Brand",
    "BrandList",
    "BulkCreateCompaniesRequest",
    "BulkCreateCompaniesRequestCompaniesItem",
    "BulkCreateCompaniesRequestCompaniesItemCustomAttributes",
    "BulkCreateCompaniesRequestJob",
    "BulkCreateContactsRequest",
    "BulkCreateContactsRequestContactsItem",
    "BulkCreateContactsRequestContactsItemCompaniesItem",
    "BulkCreateContactsRequestContactsItemCustomAttributes",
    "BulkCreateContactsRequestContactsItemTags",
    "BulkCreateContactsRequestContactsItemTagsAddItem",
    "BulkCreateContactsRequestJob",
    "BulkDeleteCompaniesRequest",
    "BulkDeleteCompaniesRequestCompaniesItem",
    "BulkDeleteCompaniesRequestJob",
    "BulkDeleteContactsRequest",
    "BulkDeleteContactsRequestContactsItem",
    "BulkDeleteContactsRequestJob",
    "BulkUpdateCompaniesRequest",
    "BulkUpdateCompaniesRequestCompaniesItem",
    "BulkUpdateCompaniesRequestCompaniesItemCustomAttributes",
    "BulkUpdateCompaniesRequestJob",
    "BulkUpdateContactsRequest",
    "BulkUpdateContactsRequestContactsItem",
    "BulkUpdateContactsRequestContactsItemCompaniesItem",
    "BulkUpdateContactsRequestContactsItemCustomAttributes",
    "BulkUpdateContactsRequestContactsItemTags",
    "BulkUpdateContactsRequestContactsItemTagsAddItem",
    "BulkUpdateContactsRequestContactsItemTagsRemoveItem",
    "BulkUpdateContactsRequestJob",
    "Call",
    "CallList",
    "CallSummary",
    "ChangeTicketTypeRequest",
    "ChangeTicketTypeRequestTicketAttributes",
    "CloseConversationRequest",
    "CloseConversationRequestMessageType",
    "CloseConversationRequestType",
    "CollectAgentInputRequest",
    "CollectAgentInputRequestAttributeValuesItem",
    "CollectProcedureAgentInputResponse200",
    "Collection",
    "CollectionList",
    "CollectionListType",
    "CompaniesBulkJob",
    "CompaniesBulkJobState",
    "CompaniesBulkJobTasksType0Item",
    "CompaniesBulkJobTasksType0ItemState",
    "CompaniesBulkJobType",
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
    "CompanyNote",
    "CompanyNoteCompanyType0",
    "CompanyNotesType0",
    "CompanyNotesType0Type",
    "CompanyPlanType0",
    "CompanyScroll",
    "CompanySearchRequest",
    "CompanySearchRequestSort",
    "CompanySearchRequestSortOrder",
    "CompanySegmentsType0",
    "CompanySegmentsType0Type",
    "CompanyTagsType0",
    "CompanyTagsType0Type",
    "CompanyType",
    "Contact",
    "ContactActivity",
    "ContactActivityEventType",
    "ContactActivityList",
    "ContactActivityListPagesType0",
    "ContactActivityListPagesType0NextType0",
    "ContactActivityListPagesType0Type",
    "ContactActivityListType",
    "ContactActivityType",
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
    "ContactSearchRequest",
    "ContactSearchRequestSort",
    "ContactSearchRequestSortOrder",
    "ContactSegments",
    "ContactSegmentsType",
    "ContactSocialProfiles",
    "ContactSubscriptionTypes",
    "ContactTags",
    "ContactUnarchived",
    "ContactsBulkJob",
    "ContactsBulkJobState",
    "ContactsBulkJobTasksType0Item",
    "ContactsBulkJobTasksType0ItemState",
    "ContactsBulkJobType",
    "ContentBulkActionRequest",
    "ContentBulkActionRequestAction",
    "ContentBulkActionRequestAudience",
    "ContentBulkActionRequestAvailability",
    "ContentBulkActionRequestContentIdsItem",
    "ContentBulkActionRequestContentIdsItemType",
    "ContentBulkActionRequestTags",
    "ContentBulkActionResponse",
    "ContentImportSource",
    "ContentImportSourceStatus",
    "ContentImportSourceSyncBehavior",
    "ContentImportSourceType",
    "ContentImportSourcesList",
    "ContentImportSourcesListType",
    "ContentSearchArticleContentItem",
    "ContentSearchArticleContentItemType",
    "ContentSearchArticleItem",
    "ContentSearchArticleItemType",
    "ContentSearchDefaultItem",
    "ContentSearchDefaultItemType",
    "ContentSearchResponse",
    "ContentSearchResponsePagesType0",
    "ContentSearchResponsePagesType0Type",
    "ContentSearchResponseType",
    "ContentSnippet",
    "ContentSnippetCreateRequest",
    "ContentSnippetCreateRequestJsonBlocksItem",
    "ContentSnippetJsonBlocksType0Item",
    "ContentSnippetList",
    "ContentSnippetListType",
    "ContentSnippetUpdateRequest",
    "ContentSnippetUpdateRequestJsonBlocksItem",
    "ContentSource",
    "ContentSourceContentType",
    "ContentSourcesList",
    "ContentSourcesListType",
    "Conversation",
    "ConversationAttachmentFiles",
    "ConversationAttributeBase",
    "ConversationAttributeBaseDataType",
    "ConversationAttributeBaseType",
    "ConversationAttributeBooleanType",
    "ConversationAttributeBooleanTypeDataType",
    "ConversationAttributeDatetimeType",
    "ConversationAttributeDatetimeTypeDataType",
    "ConversationAttributeDecimalType",
    "ConversationAttributeDecimalTypeDataType",
    "ConversationAttributeFilesType",
    "ConversationAttributeFilesTypeDataType",
    "ConversationAttributeIntegerType",
    "ConversationAttributeIntegerTypeDataType",
    "ConversationAttributeList",
    "ConversationAttributeListType",
    "ConversationAttributeListTypeDataType",
    "ConversationAttributeListTypeEnum",
    "ConversationAttributeOption",
    "ConversationAttributeRelationshipType",
    "ConversationAttributeRelationshipTypeDataType",
    "ConversationAttributeRelationshipTypeReferenceType0",
    "ConversationAttributeRelationshipTypeReferenceType0Type",
    "ConversationAttributeStringType",
    "ConversationAttributeStringTypeDataType",
    "ConversationAttributeUpdatedByAdmin",
    "ConversationAttributeUpdatedByAdminAttributeType0",
    "ConversationAttributeUpdatedByAdminValueType0",
    "ConversationAttributeUpdatedByUser",
    "ConversationAttributeUpdatedByUserAttributeType0",
    "ConversationAttributeUpdatedByUserValueType0",
    "ConversationAttributeUpdatedByWorkflow",
    "ConversationAttributeUpdatedByWorkflowAttributeType0",
    "ConversationAttributeUpdatedByWorkflowValueType0",
    "ConversationAttributeUpdatedByWorkflowWorkflowType0",
    "ConversationChannel",
    "ConversationContacts",
    "ConversationContactsType",
    "ConversationCustomersType0Item",
    "ConversationDeleted",
    "ConversationDeletedObject",
    "ConversationExternalReference",
    "ConversationFirstContactReply",
    "ConversationList",
    "ConversationListItem",
    "ConversationListItemPriority",
    "ConversationListItemState",
    "ConversationListItemTopicsType0",
    "ConversationListType",
    "ConversationMonitorEvaluation",
    "ConversationPart",
    "ConversationPartAuthor",
    "ConversationPartMetadata",
    "ConversationPartMetadataQuickReplyOptionsType0Item",
    "ConversationPartMetadataQuickReplyOptionsType0ItemTranslationsType0",
    "ConversationPartSeenStateType0",
    "ConversationPartState",
    "ConversationPartTranslationsType0",
    "ConversationParts",
    "ConversationPartsType",
    "ConversationPriority",
    "ConversationRating",
    "ConversationResponseTime",
    "ConversationScorecard",
    "ConversationScorecardEvaluator",
    "ConversationScorecardEvaluatorResult",
    "ConversationScorecardReviewedTeammate",
    "ConversationScorecardReviewedTeammateType",
    "ConversationSlaAppliedByRule",
    "ConversationSlaAppliedByRuleSlaDefinitionType0",
    "ConversationSlaAppliedByWorkflow",
    "ConversationSlaAppliedByWorkflowSlaDefinitionType0",
    "ConversationSlaPaused",
    "ConversationSlaPausedCurrentSlaStatus",
    "ConversationSlaPausedSlaStatesType0",
    "ConversationSlaPausedSlaStatesType0AdditionalProperty",
    "ConversationSlaPausedSlaStatesType0AdditionalPropertyStatus",
    "ConversationSlaRemoved",
    "ConversationSlaTargetMissed",
    "ConversationSlaTargetMissedCurrentSlaStatus",
    "ConversationSlaTargetMissedSlaStatesType0",
    "ConversationSlaTargetMissedSlaStatesType0AdditionalProperty",
    "ConversationSlaTargetMissedSlaStatesType0AdditionalPropertyStatus",
    "ConversationSlaTargetMissedSlaTargetType",
    "ConversationSlaUnpaused",
    "ConversationSource",
    "ConversationSourceAuthor",
    "ConversationSourceRecipientsType0Item",
    "ConversationSourceReplyToType0Item",
    "ConversationState",
    "ConversationStatistics",
    "ConversationTagsUpdated",
    "ConversationTeammates",
    "ConversationTopicsType0",
    "ConvertConversationToTicketRequest",
    "ConvertVisitorRequest",
    "ConvertVisitorRequestUser",
    "ConvertVisitorRequestVisitor",
    "CreateArticleRequest",
    "CreateArticleRequestState",
    "CreateAudienceRequest",
    "CreateCollectionRequest",
    "CreateCompanyNoteBody",
    "CreateContactRequest",
    "CreateContactRequestCustomAttributesType0",
    "CreateContactResponse200",
    "CreateContentImportSourceRequest",
    "CreateContentImportSourceRequestStatus",
    "CreateContentImportSourceRequestSyncBehavior",
    "CreateConversationAttributeBooleanRequest",
    "CreateConversationAttributeBooleanRequestDataType",
    "CreateConversationAttributeDatetimeRequest",
    "CreateConversationAttributeDatetimeRequestDataType",
    "CreateConversationAttributeDecimalRequest",
    "CreateConversationAttributeDecimalRequestDataType",
    "CreateConversationAttributeFilesRequest",
    "CreateConversationAttributeFilesRequestDataType",
    "CreateConversationAttributeIntegerRequest",
    "CreateConversationAttributeIntegerRequestDataType",
    "CreateConversationAttributeListRequest",
    "CreateConversationAttributeListRequestDataType",
    "CreateConversationAttributeOptionRequest",
    "CreateConversationAttributeRelationshipRequest",
    "CreateConversationAttributeRelationshipRequestDataType",
    "CreateConversationAttributeRelationshipRequestReference",
    "CreateConversationAttributeRelationshipRequestReferenceType",
    "CreateConversationAttributeRequestBase",
    "CreateConversationAttributeRequestBaseDataType",
    "CreateConversationAttributeStringRequest",
    "CreateConversationAttributeStringRequestDataType",
    "CreateConversationRequest",
    "CreateConversationRequestFrom",
    "CreateConversationRequestFromType",
    "CreateDataAttributeRequestListAttribute",
    "CreateDataAttributeRequestListAttributeDataType",
    "CreateDataAttributeRequestListAttributeOptionsItem",
    "CreateDataAttributeRequestOtherType",
    "CreateDataAttributeRequestOtherTypeDataType",
    "CreateDataConnectorRequest",
    "CreateDataConnectorRequestAudiencesItem",
    "CreateDataConnectorRequestDataInputsItem",
    "CreateDataConnectorRequestDataInputsItemType",
    "CreateDataConnectorRequestHeadersItem",
    "CreateDataConnectorRequestHttpMethod",
    "CreateDataConnectorRequestMockResponse",
    "CreateDataEventRequest",
    "CreateDataEventRequestMetadata",
    "CreateDataEventSummariesRequest",
    "CreateDataEventSummariesRequestEventSummaries",
    "CreateDataExportsRequest",
    "CreateExternalPageRequest",
    "CreateExternalPageRequestLocale",
    "CreateFolderBody",
    "CreateFolderBodyFolder",
    "CreateHelpCenterRedirectRequest",
    "CreateHelpCenterRedirectRequestTargetType",
    "CreateIdentityVerificationSecretRequest",
    "CreateInternalArticleRequest",
    "CreateMessageRequest",
    "CreateMessageRequestFrom",
    "CreateMessageRequestFromType",
    "CreateMessageRequestMessageType",
    "CreateNoteBody",
    "CreateOfficeHoursExceptionRequest",
    "CreateOfficeHoursExceptionRequestExceptionType",
    "CreateOfficeHoursScheduleRequest",
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
    "CustomObjectInstancesPaginatedList",
    "CustomObjectInstancesPaginatedListType",
    "CustomerRequestEmail",
    "CustomerRequestIntercomUserId",
    "CustomerRequestUserId",
    "DataAttribute",
    "DataAttributeDataType",
    "DataAttributeList",
    "DataAttributeListType",
    "DataAttributeModel",
    "DataAttributeType",
    "DataConnector",
    "DataConnectorDetail",
    "DataConnectorDetailAudiencesType0Item",
    "DataConnectorDetailConfigurationResponseType",
    "DataConnectorDetailDataInputsType0Item",
    "DataConnectorDetailDataInputsType0ItemType",
    "DataConnectorDetailDataTransformationType",
    "DataConnectorDetailExecutionType",
    "DataConnectorDetailHeadersType0Item",
    "DataConnectorDetailHttpMethod",
    "DataConnectorDetailObjectMappingsType0Item",
    "DataConnectorDetailObjectMappingsType0ItemAttributeMappingsType0Item",
    "DataConnectorDetailObjectMappingsType0ItemAttributeMappingsType0ItemMappingType",
    "DataConnectorDetailObjectMappingsType0ItemIntercomObjectType",
    "DataConnectorDetailObjectMappingsType0ItemReferenceMappingsType0Item",
    "DataConnectorDetailObjectMappingsType0ItemReferenceMappingsType0ItemIntercomObjectType",
    "DataConnectorDetailResponseFieldsType0Item",
    "DataConnectorDetailResponseFieldsType0ItemType",
    "DataConnectorDetailState",
    "DataConnectorDetailType",
    "DataConnectorExecutionResult",
    "DataConnectorExecutionResultErrorType",
    "DataConnectorExecutionResultHttpMethod",
    "DataConnectorExecutionResultList",
    "DataConnectorExecutionResultListPagesType0",
    "DataConnectorExecutionResultListPagesType0NextType0",
    "DataConnectorExecutionResultListPagesType0Type",
    "DataConnectorExecutionResultListType",
    "DataConnectorExecutionResultSourceType",
    "DataConnectorExecutionResultType",
    "DataConnectorHttpMethod",
    "DataConnectorList",
    "DataConnectorListPagesType0",
    "DataConnectorListPagesType0NextType0",
    "DataConnectorListPagesType0Type",
    "DataConnectorListType",
    "DataConnectorState",
    "DataConnectorType",
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
    "DeleteOfficeHoursExceptionResponse200",
    "DeleteOfficeHoursScheduleResponse200",
    "DeletedArticleObject",
    "DeletedArticleObjectObject",
    "DeletedCollectionObject",
    "DeletedCollectionObjectObject",
    "DeletedCompanyObject",
    "DeletedCompanyObjectObject",
    "DeletedConversationItem",
    "DeletedConversationList",
    "DeletedDataConnectorObject",
    "DeletedDataConnectorObjectObject",
    "DeletedFolderObject",
    "DeletedFolderObjectObject",
    "DeletedHelpCenterRedirectObject",
    "DeletedHelpCenterRedirectObjectObject",
    "DeletedInternalArticleObject",
    "DeletedInternalArticleObjectObject",
    "DeletedObject",
    "DeletedObjectObject",
    "DetachContactFromConversationRequest",
    "DetachTagFromConversationBody",
    "DetachTagFromTicketBody",
    "DownloadDataExportAccept",
    "DownloadReportingDataExportAccept",
    "EcommerceCatalogProduct",
    "EcommerceCatalogProductAdditionalDataType0",
    "EcommerceCatalogProductAvailableOptionsItem",
    "EcommerceCatalogProductCollectionsItemType1",
    "EcommerceCatalogUploadPartResponse",
    "EcommerceCatalogUploadResponse",
    "EcommerceCatalogUploadResponseStatus",
    "EcommerceCatalogVariant",
    "EcommerceCatalogVariantSelectedOptionsItem",
    "EmailAddressHeader",
    "EmailList",
    "EmailMessageMetadata",
    "EmailSetting",
    "EnqueueCreateTicketBody",
    "EnqueueReportingDataExportBody",
    "EnqueueReportingDataExportResponse200",
    "Error",
    "ErrorErrorsType0Item",
    "EscalateFinConversationBody",
    "EscalateFinConversationBodyUser",
    "EscalateFinConversationResponse200",
    "EscalateFinConversationResponse200Status",
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
    "FinAgentSettings",
    "FinAgentStatusUpdatedEvent",
    "FinAgentStatusUpdatedEventEventName",
    "FinAgentStatusUpdatedEventStatus",
    "FinAgentUser",
    "FinAgentUserAttributes",
    "Folder",
    "GetReportingDataExportResponse200",
    "GroupContent",
    "GroupContentType",
    "GroupTranslatedContent",
    "GroupTranslatedContentType",
    "HandlingEvent",
    "HandlingEventList",
    "HandlingEventType",
    "HelpCenter",
    "HelpCenterList",
    "HelpCenterListType",
    "HelpCenterRedirect",
    "HelpCenterRedirectList",
    "HelpCenterRedirectListType",
    "HelpCenterRedirectTargetType",
    "HelpCenterRedirectType",
    "IdentityVerificationSecret",
    "IdentityVerificationSecretList",
    "IdentityVerificationSecretListType",
    "IdentityVerificationSecretWithMaterial",
    "IntercomVersion",
    "IntercomVersionPreview",
    "InternalArticle",
    "InternalArticleList",
    "InternalArticleListItem",
    "InternalArticleListItemType",
    "InternalArticleListType",
    "InternalArticleSearchResponse",
    "InternalArticleSearchResponseDataType0",
    "InternalArticleSearchResponseType",
    "InternalArticleType",
    "Jobs",
    "JobsStatus",
    "JobsType",
    "LinkConversationToTicketBody",
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
    "ListContactMergeHistoryOrder",
    "ListDataConnectorExecutionResultsErrorType",
    "ListDataConnectorExecutionResultsIncludeBodies",
    "ListDataConnectorExecutionResultsSuccess",
    "ListFinCapabilitiesBody",
    "ListFinCapabilitiesBodyUser",
    "ListFinCapabilitiesResponse200",
    "ListFinCapabilitiesResponse200CapabilitiesType0Item",
    "ListFoldersResponse200",
    "ListFoldersResponse200Type",
    "ListReportingDatasetsResponse200",
    "ListReportingDatasetsResponse200DataType0Item",
    "ListReportingDatasetsResponse200DataType0ItemAttributesType0Item",
    "Macro",
    "MacroAvailableOnType0Item",
    "MacroList",
    "MacroListPagesType0",
    "MacroListPagesType0NextType0",
    "MacroListPagesType0Type",
    "MacroListType",
    "MacroType",
    "MacroVisibleTo",
    "MergeContactResponse200",
    "MergeContactsRequest",
    "MergeConversationsRequest",
    "MergeHistoryItem",
    "MergeHistoryItemSourceContactRole",
    "MergeHistoryList",
    "MergeHistoryListType",
    "MergePreviewAllowed",
    "MergePreviewAttributeChange",
    "MergePreviewAttributeChangeOutcome",
    "MergePreviewAttributeChanges",
    "MergePreviewBlocked",
    "MergePreviewReason",
    "MergePreviewReasonCode",
    "MergePreviewReassignments",
    "MergePreviewReassignmentsConversationsType0",
    "MergePreviewReassignmentsNotesType0",
    "MergePreviewReassignmentsPhoneCallsType0",
    "MergePreviewReassignmentsTagsType0",
    "MergePreviewReassignmentsTicketsType0",
    "MergePreviewRequest",
    "MergePreviewSummary",
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
    "OfficeHoursException",
    "OfficeHoursExceptionExceptionType",
    "OfficeHoursExceptionList",
    "OfficeHoursSchedule",
    "OfficeHoursScheduleList",
    "OfficeHoursTimeInterval",
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
    "Predicate",
    "PriorityChanged",
    "PriorityChangedCurrentPriority",
    "PriorityChangedPreviousPriority",
    "PublishArticleDraftRequest",
    "QuickReplyOption",
    "Recipient",
    "RecipientType",
    "RedactConversationRequestRedactConversationPartRequest",
    "RedactConversationRequestRedactConversationPartRequestType",
    "RedactConversationRequestRedactConversationSourceRequest",
    "RedactConversationRequestRedactConversationSourceRequestType",
    "Reference",
    "RegisterFinVoiceCallRequest",
    "RegisterFinVoiceCallRequestDataType0",
    "RegisterFinVoiceCallRequestSource",
    "ReplyToFinBody",
    "ReplyToFinResponse200",
    "ReplyToFinResponse200Status",
    "RetrieveDataConnectorStateVersion",
    "RunFinProcedureBody",
    "RunFinProcedureBodyConversationMetadata",
    "RunFinProcedureBodyConversationMetadataAttributes",
    "RunFinProcedureBodySettings",
    "RunFinProcedureResponse200",
    "RunFinProcedureResponse200Status",
    "SalesAgent",
    "SalesAgentCollectedDataType0",
    "SalesAgentOutcome",
    "SearchActivityLogsBody",
    "SearchContentContentTypesItem",
    "SearchContentCopilotState",
    "SearchContentFinSalesState",
    "SearchContentFinServiceState",
    "SearchContentFolderEntityType",
    "SearchContentStatesItem",
    "SearchContentTagOperator",
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
    "SideConversationList",
    "SideConversationListPagesType0",
    "SideConversationListPagesType0Type",
    "SideConversationListType",
    "SideConversationSummary",
    "SingleFilterSearchRequest",
    "SingleFilterSearchRequestOperator",
    "SlaApplied",
    "SlaAppliedSlaStatus",
    "SnoozeConversationRequest",
    "SnoozeConversationRequestMessageType",
    "Snoozed",
    "SocialProfile",
    "SourceEmailMessageMetadata",
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
    "TagCreateResponse",
    "TagCreateResponseCompaniesType0Item",
    "TagCreateResponseUsersType0Item",
    "TagList",
    "TagListType",
    "TagMultipleUsersRequest",
    "TagMultipleUsersRequestUsersItem",
    "Tags",
    "TagsType",
    "Team",
    "TeamList",
    "TeamListType",
    "TeamMetric",
    "TeamMetricList",
    "TeamPriorityLevel",
    "TeammateReference",
    "TeammateReferenceType",
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
    "TicketPartTranslationsType0",
    "TicketPartUpdatedAttribute",
    "TicketPartUpdatedAttributeAttributeType0",
    "TicketPartUpdatedAttributeAttributeType0Type",
    "TicketPartUpdatedAttributeValueType0",
    "TicketPartUpdatedAttributeValueType0Type",
    "TicketParts",
    "TicketPartsType",
    "TicketReply",
    "TicketReplyPartType",
    "TicketReplyTranslationsType0",
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
    "UpdateAudienceRequest",
    "UpdateCollectionRequest",
    "UpdateContactRequest",
    "UpdateContactRequestCustomAttributesType0",
    "UpdateContactResponse200",
    "UpdateContentImportSourceRequest",
    "UpdateContentImportSourceRequestStatus",
    "UpdateContentImportSourceRequestSyncBehavior",
    "UpdateConversationAttributeOptionRequest",
    "UpdateConversationAttributeRequest",
    "UpdateConversationAttributeRequestReference",
    "UpdateConversationAttributeRequestReferenceType",
    "UpdateConversationPartRequest",
    "UpdateConversationRequest",
    "UpdateConversationRequestPriority",
    "UpdateDataAttributeRequestListAttribute",
    "UpdateDataAttributeRequestListAttributeOptionsItem",
    "UpdateDataConnectorRequest",
    "UpdateDataConnectorRequestAudiencesItem",
    "UpdateDataConnectorRequestDataInputsItem",
    "UpdateDataConnectorRequestDataInputsItemType",
    "UpdateDataConnectorRequestHeadersItem",
    "UpdateDataConnectorRequestHttpMethod",
    "UpdateDataConnectorRequestMockResponse",
    "UpdateDataConnectorRequestState",
    "UpdateExternalPageRequest",
    "UpdateExternalPageRequestLocale",
    "UpdateFolderBody",
    "UpdateFolderBodyFolder",
    "UpdateInternalArticleRequest",
    "UpdateOfficeHoursExceptionRequest",
    "UpdateOfficeHoursExceptionRequestExceptionType",
    "UpdateOfficeHoursScheduleRequest",
    "UpdateTeamMembersRequest",
    "UpdateTicketBody",
    "UpdateTicketRequest",
    "UpdateTicketRequestTicketAttributes",
    "UpdateTicketTypeAttributeRequest",
    "UpdateTicketTypeRequest",
    "UpdateTicketTypeRequestCategory",
    "UpdateVisitorRequest",
    "UpdateVisitorRequestCustomAttributes",
    "UploadEcommerceCatalogBody",
    "UploadEcommerceCatalogBodyFinalize",
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
    "WhatsappMessageStatus",
    "WhatsappMessageStatusErrorType0",
    "WhatsappMessageStatusList",
    "WhatsappMessageStatusListEventsType0Item",
    "WhatsappMessageStatusListEventsType0ItemStatus",
    "WhatsappMessageStatusListEventsType0ItemType",
    "WhatsappMessageStatusListPagesType0",
    "WhatsappMessageStatusListPagesType0NextType0",
    "WhatsappMessageStatusListPagesType0Type",
    "WhatsappMessageStatusListType",
    "WhatsappMessageStatusStatus",
    "WorkflowExport",
    "WorkflowExportWorkflowType0",
    "WorkflowExportWorkflowType0AttributesType0Item",
    "WorkflowExportWorkflowType0EmbeddedRulesType0Item",
    "WorkflowExportWorkflowType0SnapshotType0",
    "WorkflowExportWorkflowType0State",
    "WorkflowExportWorkflowType0TargetingType0",
)
