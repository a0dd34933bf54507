using System.Diagnostics;
using AdobeTarget.Delivery;

namespace AdobeTarget.Internal;

/// <summary>A notification waiting to be sent, with whom it is for and the span of the request that queued it (default when none).</summary>
internal readonly record struct QueuedNotification(Notification Notification, NotificationTarget Target, ActivityContext Origin = default);
