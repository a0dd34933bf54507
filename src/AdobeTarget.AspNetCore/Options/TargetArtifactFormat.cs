namespace AdobeTarget;

/// <summary>The format of the on-device rules artifact.</summary>
public enum TargetArtifactFormat
{
    /// <summary><c>rules.json</c>: plain JSON (the default).</summary>
    Json,

    /// <summary><c>rules.bin</c>: the JSON obfuscated with the organization id, which the library reverses.</summary>
    Bin,
}
