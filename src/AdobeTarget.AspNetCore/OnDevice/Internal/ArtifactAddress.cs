namespace AdobeTarget.Internal;

/// <summary>Where the rules artifact is downloaded from, and whether it is <c>rules.bin</c>.</summary>
/// <param name="Location">The absolute http(s) address.</param>
/// <param name="IsBinary">Whether the body is the obfuscated <c>rules.bin</c> format.</param>
internal sealed record ArtifactAddress(Uri Location, bool IsBinary)
{
    /// <summary>Gets the address as logs show it: scheme, host, port and path, without user info or query (which may hold secrets), cleaned.</summary>
    public string Display { get; } = LogText.Clean(new UriBuilder(Location) { UserName = string.Empty, Password = string.Empty, Query = string.Empty, Fragment = string.Empty }.Uri.AbsoluteUri) ?? "?";

    /// <summary>
    /// <c>OnDevice:ArtifactLocation</c> if set, else
    /// <c>https://assets.adobetarget.com/{client}/{environment}/v1/[{propertyToken}/]rules.json|rules.bin</c>.
    /// Binary when <c>ArtifactFormat</c> is <see cref="TargetArtifactFormat.Bin"/> or the location's path ends in <c>.bin</c>.
    /// </summary>
    public static ArtifactAddress For(AdobeTargetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var onDevice = options.OnDevice;
        if (onDevice.ArtifactLocation is { } location)
        {
            return new ArtifactAddress(location, onDevice.ArtifactFormat == TargetArtifactFormat.Bin || EndsWithBin(location.AbsolutePath));
        }

        var binary = onDevice.ArtifactFormat == TargetArtifactFormat.Bin;
        var property = string.IsNullOrEmpty(options.PropertyToken) ? string.Empty : Uri.EscapeDataString(options.PropertyToken) + "/";
        var environment = onDevice.Environment.ToLowerInvariant();
        var file = binary ? "rules.bin" : "rules.json";
        return new ArtifactAddress(
            new Uri($"https://{TargetOnDeviceOptions.DefaultArtifactHost}/{options.ClientCode}/{environment}/v1/{property}{file}", UriKind.Absolute),
            binary);
    }

    /// <summary>Whether the local file <c>OnDevice:ArtifactPath</c> is <c>rules.bin</c>: by <c>ArtifactFormat</c> or a <c>.bin</c> extension.</summary>
    public static bool IsBinaryFile(TargetOnDeviceOptions onDevice, string path)
    {
        ArgumentNullException.ThrowIfNull(onDevice);
        return onDevice.ArtifactFormat == TargetArtifactFormat.Bin || EndsWithBin(path);
    }

    private static bool EndsWithBin(string path) => path.EndsWith(".bin", StringComparison.OrdinalIgnoreCase);
}
