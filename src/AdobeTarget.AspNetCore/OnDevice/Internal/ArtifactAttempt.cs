namespace AdobeTarget.Internal;

/// <summary>The result of one artifact download.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="Reason">For a failure or refusal, what went wrong (no network values), such as <c>status 503</c> or <c>timeout</c>.</param>
internal sealed record ArtifactAttempt(ArtifactOutcome Outcome, string? Reason = null)
{
    public static readonly ArtifactAttempt Loaded = new(ArtifactOutcome.Loaded);

    public static readonly ArtifactAttempt NotModified = new(ArtifactOutcome.NotModified);
}
