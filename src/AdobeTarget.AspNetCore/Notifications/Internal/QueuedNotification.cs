using AdobeTarget.Delivery;

namespace AdobeTarget.Internal;

/// <summary>A notification waiting to be sent, with whom it is for.</summary>
internal readonly record struct QueuedNotification(Notification Notification, NotificationTarget Target);
