using System.ComponentModel.DataAnnotations;
using AdobeTarget.Internal;

namespace AdobeTarget;

/// <summary>
/// The circuit breaker per edge host (<c>AdobeTarget:CircuitBreaker</c>): after sustained timeouts, connection failures
/// or 5xx answers, calls to that host fail at once with <see cref="TargetEdgeUnavailableException"/> for
/// <see cref="BreakDuration"/>, so pages fall back to their default content instead of waiting for the timeout; then one
/// probe call decides whether the circuit closes. A 4xx answer never opens it.
/// </summary>
public sealed class TargetCircuitBreakerOptions
{
    /// <summary>Gets or sets a value indicating whether the circuit breaker is on.</summary>
    /// <remarks>Default <see langword="true"/>.</remarks>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets the share of failed calls within <see cref="SamplingDuration"/> that opens the circuit.</summary>
    /// <remarks>Default 0.5; from 0.01 to 1.</remarks>
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Gets or sets the fewest calls within <see cref="SamplingDuration"/> before the ratio is considered.</summary>
    /// <remarks>Default 10; from 2 to 10,000.</remarks>
    [IntegerRange(2, 10_000, ErrorMessage = "AdobeTarget:CircuitBreaker:MinimumThroughput must be from 2 to 10000")]
    public int MinimumThroughput { get; set; } = 10;

    /// <summary>Gets or sets the window over which failures are counted.</summary>
    /// <remarks>Default 30 seconds (<c>"00:00:30"</c>); from 0.5 second to 10 minutes.</remarks>
    [TimeSpanRange("00:00:00.500", "00:10:00", ErrorMessage = "AdobeTarget:CircuitBreaker:SamplingDuration must be from 00:00:00.500 to 00:10:00, written hh:mm:ss")]
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how long the circuit stays open before a probe call is let through.</summary>
    /// <remarks>Default 15 seconds (<c>"00:00:15"</c>); from 0.5 second to 10 minutes.</remarks>
    [TimeSpanRange("00:00:00.500", "00:10:00", ErrorMessage = "AdobeTarget:CircuitBreaker:BreakDuration must be from 00:00:00.500 to 00:10:00, written hh:mm:ss")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
