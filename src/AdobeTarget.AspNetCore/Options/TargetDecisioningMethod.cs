namespace AdobeTarget;

/// <summary>Where <see cref="ITargetClient"/> decides: on Target's edge, on this server from the rules artifact, or whichever can.</summary>
public enum TargetDecisioningMethod
{
    /// <summary>Every call goes to the edge (the default).</summary>
    ServerSide,

    /// <summary>
    /// Every call is decided on this server from the rules artifact; mboxes and views the artifact cannot decide are
    /// listed in the response's <c>remoteMboxes</c> / <c>remoteViews</c> (status 206). Before the artifact is ready, calls
    /// throw <see cref="TargetArtifactUnavailableException"/>.
    /// </summary>
    OnDevice,

    /// <summary>
    /// A call is decided on this server when the artifact can decide all of it, and goes whole to the edge otherwise
    /// (also before the artifact is ready).
    /// </summary>
    Hybrid,
}
