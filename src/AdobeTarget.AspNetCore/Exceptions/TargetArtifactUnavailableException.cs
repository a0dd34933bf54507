namespace AdobeTarget;

/// <summary>
/// An on-device decision was asked for before any rules artifact was loaded (the first download has not succeeded yet
/// and no <see cref="TargetOnDeviceOptions.ArtifactPath"/> was readable). Transient: the artifact is still being polled.
/// </summary>
public sealed class TargetArtifactUnavailableException : TargetException
{
    private readonly bool _notConfigured;

    /// <summary>Initializes a new instance of the <see cref="TargetArtifactUnavailableException"/> class.</summary>
    /// <param name="location">Where the artifact is expected from (already cleaned for messages).</param>
    /// <param name="requestId">The request's id, when known.</param>
    public TargetArtifactUnavailableException(string location, string? requestId)
        : base($"On-device decisioning is not ready: no rules artifact has been loaded yet from {location}; request {requestId ?? "(no id)"} was not decided. Wait with ITargetArtifactStatus.WaitUntilReadyAsync at start-up, or use Hybrid to fall back to the edge.", requestId)
    {
        Location = location;
    }

    /// <summary>Initializes a new instance for an application that never loads an artifact: not transient.</summary>
    internal TargetArtifactUnavailableException(string? requestId)
        : base($"On-device decisioning is not configured: this call asked for OnDevice or Hybrid, but no rules artifact is ever loaded because AdobeTarget:DecisioningMethod is ServerSide and neither AdobeTarget:OnDevice:ArtifactLocation nor AdobeTarget:OnDevice:ArtifactPath is set; request {requestId ?? "(no id)"} was not decided.", requestId)
    {
        Location = "(not configured)";
        _notConfigured = true;
    }

    /// <summary>Gets where the artifact is expected from.</summary>
    public string Location { get; }

    /// <inheritdoc />
    /// <remarks><see langword="true"/> while the artifact is being polled; <see langword="false"/> when none is ever loaded (a configuration error).</remarks>
    public override bool IsTransient => !_notConfigured;
}
