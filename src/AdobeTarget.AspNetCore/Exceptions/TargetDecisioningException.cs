namespace AdobeTarget;

/// <summary>
/// An on-device decision failed inside the decisioning engine (for example a rule the engine cannot evaluate at
/// decision time). Not transient: the same request fails the same way until a new rules artifact is loaded.
/// </summary>
public sealed class TargetDecisioningException : TargetException
{
    /// <summary>Initializes a new instance of the <see cref="TargetDecisioningException"/> class.</summary>
    /// <param name="requestId">The request's id, when known.</param>
    /// <param name="innerException">The engine's error.</param>
    public TargetDecisioningException(string? requestId, Exception innerException)
        : base($"On-device decisioning failed for request {requestId ?? "(no id)"}: the engine could not decide it with the loaded rules artifact ({innerException?.GetType().Name}).", requestId, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => false;
}
