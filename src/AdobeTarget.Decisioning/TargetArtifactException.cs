namespace AdobeTarget.Decisioning;

/// <summary>
/// Thrown when a rules artifact is refused: too large, not valid artifact JSON, wrongly obfuscated (wrong
/// organization id), or of an unsupported major version. The message says which.
/// </summary>
public sealed class TargetArtifactException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TargetArtifactException()
    {
    }

    /// <summary>Creates the exception with its reason.</summary>
    /// <param name="message">Why the artifact was refused.</param>
    public TargetArtifactException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its reason and cause.</summary>
    /// <param name="message">Why the artifact was refused.</param>
    /// <param name="innerException">The underlying error.</param>
    public TargetArtifactException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
