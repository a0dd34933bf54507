using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning.Artifact;

/// <summary>Computes which requested mboxes and views need the edge, as Adobe's engine does.</summary>
internal static class EdgeDependencies
{
    private static readonly EdgeDependency None = new([], []);

    /// <summary>The remote mboxes and views of a request against an artifact.</summary>
    public static EdgeDependency Of(TargetArtifact artifact, DeliveryRequest request)
    {
        var requestedMboxes = new List<string>();
        AddNames(requestedMboxes, request.Prefetch?.Mboxes?.Select(m => m?.Name));
        AddNames(requestedMboxes, request.Execute?.Mboxes?.Select(m => m?.Name));
        if (request.Execute?.PageLoad is not null || request.Prefetch?.PageLoad is not null)
        {
            requestedMboxes.Add(TargetArtifact.DefaultGlobalMbox);
        }

        var remoteMboxes = new List<string>();
        if (artifact.RemoteMboxes.Count > 0)
        {
            AddNames(remoteMboxes, artifact.RemoteMboxes.Where(requestedMboxes.Contains));
        }

        foreach (var name in requestedMboxes)
        {
            if (!artifact.LocalMboxSet.Contains(name) && !remoteMboxes.Contains(name))
            {
                remoteMboxes.Add(name);
            }
        }

        var remoteViews = new List<string>();
        var views = request.Prefetch?.Views;
        if (views is not null)
        {
            var requestedViews = new List<string>();
            AddNames(requestedViews, views.Select(v => v?.Name));
            if (requestedViews.Count == 0)
            {
                AddNames(remoteViews, artifact.RemoteViews);
            }
            else
            {
                AddNames(remoteViews, artifact.RemoteViews.Where(requestedViews.Contains));
                AddNames(remoteViews, requestedViews.Where(name => !artifact.LocalViewSet.Contains(name)));
            }
        }

        return remoteMboxes.Count == 0 && remoteViews.Count == 0
            ? None
            : new EdgeDependency(remoteMboxes.AsReadOnly(), remoteViews.AsReadOnly());
    }

    private static void AddNames(List<string> target, IEnumerable<string?>? names)
    {
        if (names is null)
        {
            return;
        }

        foreach (var name in names)
        {
            if (name is not null && !target.Contains(name))
            {
                target.Add(name);
            }
        }
    }
}
