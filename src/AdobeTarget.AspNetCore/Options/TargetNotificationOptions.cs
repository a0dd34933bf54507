using System.ComponentModel.DataAnnotations;
using AdobeTarget.Internal;

namespace AdobeTarget;

/// <summary>How <see cref="ITargetNotifier"/> queues, batches, retries and drains notifications (<c>AdobeTarget:Notifications</c>).</summary>
public sealed class TargetNotificationOptions
{
    /// <summary>Gets or sets how many notifications may wait in the queue; beyond that new ones are dropped, counted and logged.</summary>
    /// <remarks>Default 10,000; 1 to 1,000,000.</remarks>
    [IntegerRange(1, 1_000_000, ErrorMessage = "AdobeTarget:Notifications:QueueCapacity must be from 1 to 1000000")]
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>Gets or sets the most notifications one Delivery API call carries.</summary>
    /// <remarks>Default 100; 1 to 1,000.</remarks>
    [IntegerRange(1, 1_000, ErrorMessage = "AdobeTarget:Notifications:MaxBatchSize must be from 1 to 1000")]
    public int MaxBatchSize { get; set; } = 100;

    /// <summary>Gets or sets how many Delivery API calls the worker makes at once.</summary>
    /// <remarks>Default 16; 1 to 64. Each call may take up to <see cref="AdobeTargetOptions.Timeout"/> when the edge is slow, so this bounds throughput then.</remarks>
    [IntegerRange(1, 64, ErrorMessage = "AdobeTarget:Notifications:MaxConcurrency must be from 1 to 64")]
    public int MaxConcurrency { get; set; } = 16;

    /// <summary>Gets or sets how long the worker lets notifications gather after the first one arrives, so a visitor's notifications share a call.</summary>
    /// <remarks>Default 20 ms; 0 to 5 seconds.</remarks>
    [TimeSpanRange("00:00:00", "00:00:05", ErrorMessage = "AdobeTarget:Notifications:BatchWindow must be from 00:00:00 to 00:00:05")]
    public TimeSpan BatchWindow { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Gets or sets how many times a batch is tried in all when the edge fails transiently (5xx, 408, 429, timeouts, connection failures).</summary>
    /// <remarks>Default 4 (one try and three retries); 1 to 20.</remarks>
    [IntegerRange(1, 20, ErrorMessage = "AdobeTarget:Notifications:MaxAttempts must be from 1 to 20")]
    public int MaxAttempts { get; set; } = 4;

    /// <summary>Gets or sets the first retry's delay; each retry doubles it, with full jitter.</summary>
    /// <remarks>Default 200 ms; 0 to 1 minute.</remarks>
    [TimeSpanRange("00:00:00", "00:01:00", ErrorMessage = "AdobeTarget:Notifications:RetryBaseDelay must be from 00:00:00 to 00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Gets or sets the longest delay between retries.</summary>
    /// <remarks>Default 5 seconds; from <see cref="RetryBaseDelay"/> to 5 minutes.</remarks>
    [TimeSpanRange("00:00:00", "00:05:00", ErrorMessage = "AdobeTarget:Notifications:RetryMaxDelay must be from 00:00:00 to 00:05:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets how long a graceful shutdown may spend draining the queue; what is left then is logged with a count.</summary>
    /// <remarks>Default 5 seconds; 0 to 5 minutes, and never more than 80% of the host's shutdown timeout (a longer one is cut to that).</remarks>
    [TimeSpanRange("00:00:00", "00:05:00", ErrorMessage = "AdobeTarget:Notifications:ShutdownTimeout must be from 00:00:00 to 00:05:00")]
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets a value indicating whether notifier calls send at once and wait for delivery instead of queueing.</summary>
    /// <remarks>Default <see langword="false"/>. Inline calls add the edge's latency to the page.</remarks>
    public bool Inline { get; set; }
}
