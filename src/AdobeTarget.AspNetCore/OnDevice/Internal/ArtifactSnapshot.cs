using AdobeTarget.Decisioning;

namespace AdobeTarget.Internal;

/// <summary>One loaded artifact, immutable: what decisions read. A new one is made only when a new artifact is loaded.</summary>
/// <param name="Artifact">The compiled artifact.</param>
/// <param name="ETag">The download's entity tag, sent as <c>If-None-Match</c> on the next poll.</param>
/// <param name="Source">Where it came from (cleaned for logs): the download address or the local file.</param>
/// <param name="LoadedAt">When it was loaded.</param>
internal sealed record ArtifactSnapshot(TargetArtifact Artifact, string? ETag, string Source, DateTimeOffset LoadedAt)
{
    /// <summary>How <see cref="Source"/> starts for an artifact read from <c>OnDevice:ArtifactPath</c>.</summary>
    public const string FilePrefix = "file ";

    /// <summary>Gets where it came from as a response's trace may show it: the address, or just <c>file</c> (no server path).</summary>
    public string TraceLocation => Source.StartsWith(FilePrefix, StringComparison.Ordinal) ? "file" : Source;
}
