using AdobeTarget.Delivery;
using Microsoft.Extensions.Options;

namespace AdobeTarget.Internal;

/// <summary>
/// Chooses where a completed request is decided. <see cref="TargetDecisioningMethod.ServerSide"/>: the edge.
/// <see cref="TargetDecisioningMethod.OnDevice"/>: locally, always (a 206 lists what only the edge could decide);
/// before an artifact is loaded it throws <see cref="TargetArtifactUnavailableException"/>.
/// <see cref="TargetDecisioningMethod.Hybrid"/>: locally when an artifact is loaded and it decides everything the
/// request asks for; otherwise the whole request goes to the edge (never split).
/// </summary>
internal sealed class DecisionRouter(ArtifactStore store, IOptions<AdobeTargetOptions> options)
{
    /// <summary>Gets the artifact to decide <paramref name="completed"/> with, or <see langword="null"/> to send it to the edge.</summary>
    /// <exception cref="TargetArtifactUnavailableException">On-device, and no artifact is loaded yet.</exception>
    public ArtifactSnapshot? ChooseLocal(TargetDecisioningMethod method, DeliveryRequest completed) => method switch
    {
        TargetDecisioningMethod.OnDevice => store.Current ?? throw Unavailable(completed.RequestId),
        TargetDecisioningMethod.Hybrid => store.Current is { } snapshot && !snapshot.Artifact.GetEdgeDependency(completed).IsRemoteNeeded ? snapshot : null,
        _ => null,
    };

    private TargetArtifactUnavailableException Unavailable(string? requestId) =>
        ArtifactPollingService.IsNeeded(options.Value)
            ? new TargetArtifactUnavailableException(ExpectedLocation(options.Value), requestId)
            : new TargetArtifactUnavailableException(requestId);

    /// <summary>Where the artifact is expected from, fit for a message: the download address without user info or query.</summary>
    internal static string ExpectedLocation(AdobeTargetOptions settings) => ArtifactAddress.For(settings).Display;
}
