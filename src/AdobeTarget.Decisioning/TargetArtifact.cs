using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using AdobeTarget.Decisioning.Artifact;
using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning;

/// <summary>
/// A Target rules artifact (<c>rules.json</c> or <c>rules.bin</c>), parsed and compiled once into an immutable
/// snapshot that any number of concurrent decisions read. Rules the engine cannot evaluate are skipped and listed
/// in <see cref="UnsupportedRules"/>.
/// </summary>
public sealed class TargetArtifact
{
    /// <summary>The global mbox name used when the artifact names none.</summary>
    internal const string DefaultGlobalMbox = "target-global-mbox";

    private const int SupportedMajorVersion = 1;

    private TargetArtifact(ArtifactDocument document, TimeSpan loadDuration)
    {
        Version = document.Version!;
        GlobalMbox = string.IsNullOrEmpty(document.GlobalMbox) ? DefaultGlobalMbox : document.GlobalMbox;
        GeoTargetingEnabled = document.GeoTargetingEnabled ?? false;
        Meta = (document.Meta ?? []).ToFrozenDictionary(StringComparer.Ordinal);
        ClientCode = Meta.TryGetValue("clientCode", out var client) && client.ValueKind == JsonValueKind.String ? client.GetString() : null;
        Environment = Meta.TryGetValue("environment", out var env) && env.ValueKind == JsonValueKind.String ? env.GetString() : null;
        LocalMboxes = Clean(document.LocalMboxes);
        RemoteMboxes = Clean(document.RemoteMboxes);
        LocalViews = Clean(document.LocalViews);
        RemoteViews = Clean(document.RemoteViews);
        LocalMboxSet = LocalMboxes.ToFrozenSet(StringComparer.Ordinal);
        LocalViewSet = LocalViews.ToFrozenSet(StringComparer.Ordinal);

        var unsupported = new List<UnsupportedRule>();
        var compiler = new RuleCompiler(document.ResponseTokens, unsupported);
        ResponseTokens = new ResponseTokenSettings(compiler);
        MboxRules = CompileLocations("mbox", document.Rules?.Mboxes, compiler, out var mboxNames);
        ViewRules = CompileLocations("view", document.Rules?.Views, compiler, out var viewNames);
        AllViewRules = viewNames.SelectMany(name => ViewRules[name]).ToArray();
        RuleCount = mboxNames.Sum(name => MboxRules[name].Length) + AllViewRules.Length;
        UnsupportedRules = unsupported.AsReadOnly();
        LoadDuration = loadDuration;
    }

    /// <summary>The artifact's version (e.g. <c>1.0.0</c>); the major version is always 1.</summary>
    public string Version { get; }

    /// <summary>The global mbox's name (what a page load decides), <c>target-global-mbox</c> unless the artifact says otherwise.</summary>
    public string GlobalMbox { get; }

    /// <summary>Whether the artifact has geo rules, so that a request with only an IP address needs a geo lookup.</summary>
    public bool GeoTargetingEnabled { get; }

    /// <summary>The Target client code the artifact was published for (its <c>meta.clientCode</c>), if given.</summary>
    public string? ClientCode { get; }

    /// <summary>The environment the artifact was published for (its <c>meta.environment</c>), if given.</summary>
    public string? Environment { get; }

    /// <summary>The number of compiled rules (mboxes and views), not counting unsupported ones.</summary>
    public int RuleCount { get; }

    /// <summary>Mboxes the artifact decides locally.</summary>
    public IReadOnlyList<string> LocalMboxes { get; }

    /// <summary>Mboxes only the edge can decide.</summary>
    public IReadOnlyList<string> RemoteMboxes { get; }

    /// <summary>Views the artifact decides locally.</summary>
    public IReadOnlyList<string> LocalViews { get; }

    /// <summary>Views only the edge can decide.</summary>
    public IReadOnlyList<string> RemoteViews { get; }

    /// <summary>Rules skipped at load, with the reason for each (log these).</summary>
    public IReadOnlyList<UnsupportedRule> UnsupportedRules { get; }

    /// <summary>How long parsing and compiling took (the <c>parsing</c> figure of artifact telemetry).</summary>
    public TimeSpan LoadDuration { get; }

    internal FrozenDictionary<string, JsonElement> Meta { get; }

    internal FrozenSet<string> LocalMboxSet { get; }

    internal FrozenSet<string> LocalViewSet { get; }

    internal FrozenDictionary<string, CompiledRule[]> MboxRules { get; }

    internal FrozenDictionary<string, CompiledRule[]> ViewRules { get; }

    internal CompiledRule[] AllViewRules { get; }

    internal ResponseTokenSettings ResponseTokens { get; }

    /// <summary>Parses and compiles a <c>rules.json</c> artifact.</summary>
    /// <param name="json">The artifact's UTF-8 JSON.</param>
    /// <param name="options">Limits; defaults when null.</param>
    /// <returns>The compiled artifact.</returns>
    /// <exception cref="TargetArtifactException">The artifact is too large, malformed, or of an unsupported major version.</exception>
    public static TargetArtifact Parse(ReadOnlySpan<byte> json, TargetArtifactOptions? options = null)
    {
        options ??= new TargetArtifactOptions();
        var started = options.TimeProvider.GetTimestamp();
        if (json.Length > options.MaxArtifactBytes)
        {
            throw new TargetArtifactException($"The artifact is {json.Length} bytes, over the {options.MaxArtifactBytes}-byte limit (MaxArtifactBytes).");
        }

        ArtifactDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, ArtifactJsonContext.Default.ArtifactDocument);
        }
        catch (JsonException exception)
        {
            throw new TargetArtifactException($"The artifact is not valid rules JSON: {exception.Message}", exception);
        }

        if (document is null)
        {
            throw new TargetArtifactException("The artifact is not valid rules JSON: it is null.");
        }

        CheckVersion(document.Version);
        return new TargetArtifact(document, options.TimeProvider.GetElapsedTime(started));
    }

    /// <summary>De-obfuscates, parses and compiles a <c>rules.bin</c> artifact.</summary>
    /// <param name="binary">The artifact's bytes.</param>
    /// <param name="organizationId">The Experience Cloud organization id (the secret half of the key).</param>
    /// <param name="options">Limits; defaults when null.</param>
    /// <returns>The compiled artifact.</returns>
    /// <exception cref="TargetArtifactException">The header is wrong, the organization id does not decode it, or the JSON is refused as by <see cref="Parse"/>.</exception>
    public static TargetArtifact ParseBinary(ReadOnlySpan<byte> binary, string organizationId, TargetArtifactOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(organizationId);
        options ??= new TargetArtifactOptions();
        if (binary.Length > options.MaxArtifactBytes)
        {
            throw new TargetArtifactException($"The artifact is {binary.Length} bytes, over the {options.MaxArtifactBytes}-byte limit (MaxArtifactBytes).");
        }

        var json = ArtifactBinaryDecoder.Decode(binary, organizationId);
        try
        {
            return Parse(json, options);
        }
        catch (TargetArtifactException exception) when (exception.InnerException is JsonException)
        {
            throw new TargetArtifactException("The binary artifact did not decode to rules JSON: is the organization id right?", exception);
        }
    }

    /// <summary>
    /// Which requested mboxes and views need the edge: those the artifact lists as remote or does not list as
    /// local (a page load counts as <c>target-global-mbox</c>; views requested without a name count every remote
    /// view). Cheap; use it to route hybrid requests.
    /// </summary>
    /// <param name="request">The Delivery API request.</param>
    /// <returns>The remote mboxes and views.</returns>
    public EdgeDependency GetEdgeDependency(DeliveryRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return EdgeDependencies.Of(this, request);
    }

    private static void CheckVersion(string? version)
    {
        var majorText = version?.Split('.')[0];
        if (majorText is null || !int.TryParse(majorText, NumberStyles.None, CultureInfo.InvariantCulture, out var major))
        {
            throw new TargetArtifactException("The artifact has no valid 'version'.");
        }

        if (major != SupportedMajorVersion)
        {
            throw new TargetArtifactException($"The artifact's version {version} is not supported: only major version {SupportedMajorVersion} is.");
        }
    }

    private static string[] Clean(List<string>? names) =>
        names?.Where(n => n is not null).Distinct(StringComparer.Ordinal).ToArray() ?? [];

    private static FrozenDictionary<string, CompiledRule[]> CompileLocations(
        string kind, Dictionary<string, List<JsonElement>>? locations, RuleCompiler compiler, out string[] names)
    {
        if (locations is null)
        {
            names = [];
            return FrozenDictionary<string, CompiledRule[]>.Empty;
        }

        names = [.. locations.Keys];
        var result = new Dictionary<string, CompiledRule[]>(locations.Count, StringComparer.Ordinal);
        foreach (var (name, rules) in locations)
        {
            result[name] = compiler.CompileAll($"{kind}:{name}", rules);
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
