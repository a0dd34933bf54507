namespace AdobeTarget.LocalEdge;

/// <summary>Settings of a local edge.</summary>
public sealed class LocalEdgeOptions
{
    /// <summary>Gets or sets the client code the edge answers as.</summary>
    /// <remarks>Default <c>local</c>.</remarks>
    public string ClientCode { get; set; } = "local";

    /// <summary>Gets or sets the location hint of the tntIds it assigns (<c>&lt;32 hex&gt;.{hint}_0</c>) and of its <c>edgeHost</c>.</summary>
    /// <remarks>Default <c>35</c>.</remarks>
    public string LocationHint { get; set; } = "35";

    /// <summary>Gets or sets the organization id whose UTF-8 bytes obfuscate the published <c>rules.bin</c> (as Target's artifact service does).</summary>
    /// <remarks>Default <c>LOCALEDGE0000000000000000@AdobeOrg</c>, the sample's <c>OrganizationId</c> when it runs on the local edge.</remarks>
    public string OrganizationId { get; set; } = "LOCALEDGE0000000000000000@AdobeOrg";

    /// <summary>Gets or sets the secret that signs event tokens; tokens of another secret are unknown.</summary>
    /// <remarks>Default <see langword="null"/>: a random secret per edge instance.</remarks>
    public string? TokenSecret { get; set; }

    /// <summary>Gets or sets the activities file that <c>AddTargetLocalEdge()</c> loads when <see cref="Activities"/> is not set.</summary>
    public string? ActivitiesPath { get; set; }

    /// <summary>Gets or sets the activities to serve.</summary>
    public LocalActivities? Activities { get; set; }

    /// <summary>
    /// Gets or sets how many ids each of the edge's tracking sets remembers: impression ids already counted, visitors
    /// who converted in an activity, and distinct visitors of each experience. The sets never evict; once one is full,
    /// later events are still counted but can no longer be de-duplicated (a resent notification, a second conversion)
    /// or counted as a new visitor, and <see cref="LocalEdgeReport.UntrackedIds"/> says how many.
    /// </summary>
    /// <remarks>Default 100,000 per set; must be positive. <see cref="LocalTargetEdge.Reset"/> empties the sets.</remarks>
    public int MaxTrackedIds { get; set; } = 100_000;
}
