namespace AdobeTarget.Internal;

/// <summary>
/// The edge cluster this server talks to, learned from the <c>edgeHost</c> of the edge's answers (<c>mboxedge35…</c>
/// gives <c>35</c>, validated). On-device decisions mint a new visitor's tntId with it (<c>{32 hex}.35_0</c>), as Adobe's
/// SDKs do with the hint they learn at start-up, so the visitor's later edge calls go to the cluster holding their
/// profile. Unknown until the first answer that names one.
/// </summary>
internal sealed class ServerLocationHint
{
    private string? _current;

    /// <summary>Gets the last hint learned, or <see langword="null"/>.</summary>
    public string? Current => Volatile.Read(ref _current);

    /// <summary>Learns the hint named by an answer's <c>edgeHost</c>; anything that is not one is ignored.</summary>
    public void Learn(string? edgeHost)
    {
        if (LocationHint.FromEdgeHost(edgeHost) is { } hint && hint != Current)
        {
            Volatile.Write(ref _current, hint);
        }
    }
}
