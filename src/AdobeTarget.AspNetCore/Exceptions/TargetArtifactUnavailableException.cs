namespace AdobeTarget;

/// <summary>
/// An on-device decision was asked for before any rules artifact was loaded (the first download has not succeeded yet
/// and no <see cref="TargetOnDeviceOptions.ArtifactPath"/> was readable). Transient: the artifact is still being polled.
/// </summary>
public sealed class TargetArtifactUnavailableException : TargetException
{
    /// <summary>Initializes a new instance of the <see cref="TargetArtifactUnavailableException"/> class.</summary>
    /// <param name="location">Where the artifact is expected from (already cleaned for messages).</param>
    /// <param name="requestId">The request's id, when known.</param>
    public TargetArtifactUnavailableException(string location, string? requestId)
        : base($"On-device decisioning is not ready: no rules artifact has been loaded yet from {location}; request {requestId ?? "(no id)"} was not decided. Wait with ITargetArtifactStatus.WaitUntilReadyAsync at start-up, or use Hybrid to fall back to the edge.", requestId)
    {
        Location = location;
    }

    /// <summary>Gets where the artifact is expected from.</summary>
    public string Location { get; }

    /// <inheritdoc />
    public override bool IsTransient => true;
}
