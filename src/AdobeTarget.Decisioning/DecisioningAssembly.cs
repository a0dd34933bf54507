namespace AdobeTarget.Decisioning;

/// <summary>Identifies the on-device decisioning assembly.</summary>
internal static class DecisioningAssembly
{
    /// <summary>The assembly's name, as used in diagnostics.</summary>
    public const string Name = "AdobeTarget.Decisioning";
}
