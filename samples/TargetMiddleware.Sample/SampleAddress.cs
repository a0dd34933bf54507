using System.Text.RegularExpressions;

namespace TargetMiddleware.Sample;

/// <summary>
/// Where the sample listens: what <c>--urls</c>, <c>ASPNETCORE_URLS</c> (or <c>ASPNETCORE_HTTP_PORTS</c>, or
/// <c>Kestrel:Endpoints</c>) configure, else <see cref="Default"/>; and the Delivery client calls the local edge there.
/// </summary>
internal static partial class SampleAddress
{
    /// <summary>The address used when nothing else is configured.</summary>
    public const string Default = "http://127.0.0.1:5080";

    /// <summary>Listens on <see cref="Default"/> unless an address or port is configured (lowest precedence).</summary>
    public static void UseDefaultWhenNoneConfigured(WebApplicationBuilder builder)
    {
        if (Configured(builder.Configuration).Count == 0)
        {
            builder.WebHost.UseUrls(Default);
        }
    }

    /// <summary>The first configured http URL (else the first URL), such as <c>http://127.0.0.1:5080</c>.</summary>
    public static string First(IConfiguration configuration)
    {
        var urls = Configured(configuration);
        return urls.FirstOrDefault(u => u.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? urls.FirstOrDefault() ?? Default;
    }

    /// <summary>The first listening URL as <c>127.0.0.1:{port}</c> (wildcard and localhost hosts become loopback).</summary>
    public static string LoopbackAuthority(IConfiguration configuration)
    {
        var url = First(configuration).Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
        var uri = new Uri(url);
        var host = uri.Host is "0.0.0.0" or "[::]" or "::" or "localhost" ? "127.0.0.1" : uri.Host;
        return $"{host}:{uri.Port}";
    }

    /// <summary>One line for a port that another process holds: which one, and how to pick another.</summary>
    public static string BusyPortMessage(IOException bindFailure, IConfiguration configuration)
    {
        var match = FailedAddress().Match(bindFailure.Message);
        var address = match.Success ? match.Groups["address"].Value : First(configuration);
        var port = Uri.TryCreate(address.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            ? uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "?";
        return $"TargetMiddleware sample: port {port} is busy ({address} is used by another process). "
            + "Pick another port: dotnet run --project samples/TargetMiddleware.Sample --urls http://127.0.0.1:5099 (or set ASPNETCORE_URLS=http://127.0.0.1:5099).";
    }

    private static List<string> Configured(IConfiguration configuration)
    {
        if (configuration["urls"] is { Length: > 0 } urls)
        {
            return [.. urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        }

        var ports = new List<string>();
        foreach (var (key, scheme) in new[] { ("http_ports", "http"), ("https_ports", "https") })
        {
            ports.AddRange((configuration[key] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => $"{scheme}://*:{p}"));
        }

        ports.AddRange(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>());
        return ports;
    }

    [GeneratedRegex(@"address (?<address>\S+?): address already in use", RegexOptions.IgnoreCase)]
    private static partial Regex FailedAddress();
}
