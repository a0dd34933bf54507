using System.Net;
using AdobeTarget.Delivery;
using Refit;

namespace AdobeTarget.Internal;

/// <summary>The HTTP settings of the Delivery API client.</summary>
internal static class DeliveryHttp
{
    /// <summary>Refit over the source-generated contract; bodies buffered (with Content-Length); transport errors left unwrapped.</summary>
    public static RefitSettings CreateRefitSettings()
    {
        var settings = RefitSettings.ForJsonContext(DeliveryJsonContext.Default);
        settings.RequestBodySerialization = RequestBodySerializationMode.Buffered;
        settings.TransportExceptionFactory = static (_, exception, _) => exception;
        return settings;
    }

    /// <summary>
    /// One pooled <see cref="SocketsHttpHandler"/> for the application's lifetime (Refit would otherwise install a plain
    /// <see cref="HttpClientHandler"/>): connections are reused, renewed every 5 minutes so DNS changes are seen, and
    /// never carry cookies between visitors.
    /// </summary>
    public static SocketsHttpHandler CreatePrimaryHandler(AdobeTargetOptions options) => PooledHandler(options.Timeout, maxRedirects: 0);

    /// <summary>
    /// The library's pooled handler: connections renewed every 5 minutes (DNS changes are seen) and dropped after a
    /// minute idle, every content encoding decompressed (size caps apply after), no cookies, at most
    /// <paramref name="maxRedirects"/> redirects (0: none followed).
    /// </summary>
    public static SocketsHttpHandler PooledHandler(TimeSpan connectTimeout, int maxRedirects) => new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        ConnectTimeout = connectTimeout,
        AutomaticDecompression = DecompressionMethods.All,
        UseCookies = false,
        AllowAutoRedirect = maxRedirects > 0,
        MaxAutomaticRedirections = Math.Max(1, maxRedirects),
    };
}
