namespace AdobeTarget.Decisioning;

/// <summary>
/// Which requested mboxes and views only the edge can decide (listed as remote by the artifact, or unknown to it).
/// </summary>
/// <param name="RemoteMboxes">Mbox names that need the edge.</param>
/// <param name="RemoteViews">View names that need the edge.</param>
public sealed record EdgeDependency(IReadOnlyList<string> RemoteMboxes, IReadOnlyList<string> RemoteViews)
{
    /// <summary>True when anything in the request needs the edge (hybrid mode then sends the whole request there).</summary>
    public bool IsRemoteNeeded => RemoteMboxes.Count > 0 || RemoteViews.Count > 0;
}
