// Generated from GET /api/openapi.json by `npm run api:generate`; do not edit.
import type * as Schema from './schema.js'

export const eventNoticeKindValues: readonly Schema.EventNoticeKind[] = [
  'invited',
  'updated',
  'cancelled',
  'offered',
  'offer_lapsed',
  'removed',
]

export const eventReportStatusValues: readonly Schema.EventReportStatus[] = [
  'open',
  'upheld',
  'dismissed',
]

export const eventStatusValues: readonly Schema.EventStatus[] = ['scheduled', 'cancelled']

export const howMetKindValues: readonly Schema.HowMetKind[] = [
  'worked_together',
  'studied_together',
  'met_in_person',
  'introduced',
  'other',
  'imported',
]

export const importStateValues: readonly Schema.ImportState[] = ['running', 'done', 'failed']

export const interactionActorValues: readonly Schema.InteractionActor[] = ['member', 'contact']

export const interactionIntentValues: readonly Schema.InteractionIntent[] = ['ask', 'offer', 'none']

export const interactionKindValues: readonly Schema.InteractionKind[] = [
  'message_sent',
  'message_received',
  'meeting',
  'call',
  'favor_given',
  'favor_asked',
  'intro_made',
  'intro_received',
  'referral',
  'recommendation',
  'event',
]

export const introductionKindValues: readonly Schema.IntroductionKind[] = [
  'introduction',
  'referral',
]

export const introductionOutcomeKindValues: readonly Schema.IntroductionOutcomeKind[] = [
  'meeting',
  'job',
  'deal',
  'investment',
  'partnership',
  'nothing',
]

export const introductionRoleValues: readonly Schema.IntroductionRole[] = [
  'requester',
  'introducer',
  'target',
]

export const introductionStatusValues: readonly Schema.IntroductionStatus[] = [
  'requested',
  'forwarded',
  'declined_by_introducer',
  'declined_by_target',
  'not_this_time',
  'accepted',
  'expired',
]

export const invitationStatusValues: readonly Schema.InvitationStatus[] = [
  'pending',
  'accepted',
  'withdrawn',
  'expired',
]

export const issueStatusValues: readonly Schema.IssueStatus[] = [
  'draft',
  'sending',
  'paused',
  'sent',
]

export const jobStateValues: readonly Schema.JobState[] = [
  'scheduled',
  'running',
  'done',
  'failed',
  'cancelled',
]

export const messageKindValues: readonly Schema.MessageKind[] = ['text', 'offer']

export const messageRequestPurposeValues: readonly Schema.MessageRequestPurpose[] = [
  'job',
  'sales',
  'investment',
  'introduction',
  'advice',
  'other',
]

export const offerKindValues: readonly Schema.OfferKind[] = [
  'introduction',
  'advice',
  'referral',
  'reference',
]

export const outcomeKindValues: readonly Schema.OutcomeKind[] = [
  'meeting',
  'job',
  'deal',
  'investment',
  'partnership',
  'nothing',
]

export const pruneKindValues: readonly Schema.PruneKind[] = [
  'dormant',
  'non_responder',
  'one_way_asker',
  'open_networker',
]

export const pruneVerdictValues: readonly Schema.PruneVerdict[] = ['keep', 'prune']

export const reciprocityLabelValues: readonly Schema.ReciprocityLabel[] = [
  'balanced',
  'you give more',
  'they ask more',
  'you ask more',
  'they give more',
  'no exchanges',
]

export const recommendationBoxInputValues: readonly Schema.RecommendationBoxInput[] = [
  'received',
  'written',
]

export const recommendationStatusValues: readonly Schema.RecommendationStatus[] = [
  'pending',
  'approved',
  'hidden',
]

export const reportReasonValues: readonly Schema.ReportReason[] = [
  'soliciting',
  'spam',
  'fake_profile',
]

export const roleValues: readonly Schema.Role[] = ['member', 'operator']

export const rsvpStatusValues: readonly Schema.RsvpStatus[] = [
  'yes',
  'no',
  'maybe',
  'waitlisted',
  'offered',
]

export const seniorityValues: readonly Schema.Seniority[] = [
  'c_level',
  'vp',
  'director',
  'manager',
  'individual_contributor',
  'student',
  'unknown',
]

export const sentMessageRequestStatusValues: readonly Schema.SentMessageRequestStatus[] = [
  'delivered',
  'answered',
]

export const signupInvitationStatusValues: readonly Schema.SignupInvitationStatus[] = [
  'pending',
  'used',
  'expired',
]

export const signupModeValues: readonly Schema.SignupMode[] = ['open', 'invite']

export const textEncodingValues: readonly Schema.TextEncoding[] = [
  'utf-8',
  'utf-8-bom',
  'utf-16le',
  'utf-16be',
  'windows-1252',
]

export const tieBandValues: readonly Schema.TieBand[] = ['strong', 'medium', 'weak', 'dormant']

export const triageReasonCodeValues: readonly Schema.TriageReasonCode[] = [
  'mutual_strong_ties',
  'met_in_person',
  'introduced_before',
  'student',
  'in_transition',
  'open_networker',
  'pitch',
  'opener',
  'clients',
]

export const visibilityValues: readonly Schema.Visibility[] = [
  'only_me',
  'strong_ties',
  'connections',
]

export const workedTogetherDirectionValues: readonly Schema.WorkedTogetherDirection[] = [
  'by_me',
  'to_me',
]

export const workedTogetherStatusValues: readonly Schema.WorkedTogetherStatus[] = [
  'proposed',
  'confirmed',
  'declined',
]
