export {
  DEFAULT_NOTIFICATION_CHOICES,
  notificationChoicesOf,
  updateNotificationChoices,
  wantsMail,
} from './notification-choices.js'
