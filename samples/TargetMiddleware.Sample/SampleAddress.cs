namespace TargetMiddleware.Sample;

/// <summary>Where the sample listens, so that the Delivery client can call the local edge mounted in it.</summary>
internal static class SampleAddress
{
    public static string First(IConfiguration configuration) =>
        (configuration["urls"] ?? "http://127.0.0.1:5080").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];

    /// <summary>The first listening URL as <c>127.0.0.1:{port}</c> (wildcard and localhost hosts become loopback).</summary>
    public static string LoopbackAuthority(IConfiguration configuration)
    {
        var url = First(configuration).Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
        var uri = new Uri(url);
        var host = uri.Host is "0.0.0.0" or "[::]" or "::" or "localhost" ? "127.0.0.1" : uri.Host;
        return $"{host}:{uri.Port}";
    }
}
