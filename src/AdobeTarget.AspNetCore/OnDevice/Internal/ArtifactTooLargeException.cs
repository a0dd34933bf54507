namespace AdobeTarget.Internal;

/// <summary>An artifact body passed <c>OnDevice:MaxArtifactBytes</c> (after decompression).</summary>
internal sealed class ArtifactTooLargeException : Exception
{
    public ArtifactTooLargeException()
    {
    }

    public ArtifactTooLargeException(string message)
        : base(message)
    {
    }

    public ArtifactTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ArtifactTooLargeException(int maxBytes)
        : base($"The artifact is larger than AdobeTarget:OnDevice:MaxArtifactBytes ({maxBytes} bytes after decompression).")
    {
    }
}
