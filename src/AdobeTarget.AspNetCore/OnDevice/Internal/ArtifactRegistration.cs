using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AdobeTarget.Internal;

/// <summary>Registers the rules artifact's store, poller, metrics and the <see cref="AdobeTargetDefaults.ArtifactsHttpClientName"/> client.</summary>
internal static class ArtifactRegistration
{
    /// <summary>Adds the artifact services (idempotent).</summary>
    /// <returns>The builder of the <see cref="AdobeTargetDefaults.ArtifactsHttpClientName"/> client.</returns>
    public static IHttpClientBuilder AddTargetArtifacts(this IServiceCollection services)
    {
        services.TryAddSingleton<ArtifactStore>();
        services.TryAddSingleton<ITargetArtifactStatus>(provider => provider.GetRequiredService<ArtifactStore>());
        services.TryAddSingleton<ArtifactMetrics>();
        services.TryAddSingleton<ArtifactLoader>();
        services.TryAddSingleton<ArtifactDownloader>();
        services.AddHostedService<ArtifactPollingService>();
        return services.AddHttpClient(AdobeTargetDefaults.ArtifactsHttpClientName)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan) // OnDevice:DownloadTimeout bounds each download instead.
            .ConfigurePrimaryHttpMessageHandler(provider => CreatePrimaryHandler(provider.GetRequiredService<IOptions<AdobeTargetOptions>>().Value.OnDevice))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers(); // outcomes are logged once by the poller (events 1401–1411)
    }

    /// <summary>
    /// One pooled <see cref="SocketsHttpHandler"/> for the application's lifetime: connections renewed every 5 minutes so
    /// DNS changes are seen, gzip, deflate and brotli decompressed (the size cap applies after), no cookies, at most 3 redirects.
    /// </summary>
    public static SocketsHttpHandler CreatePrimaryHandler(TargetOnDeviceOptions options) => DeliveryHttp.PooledHandler(options.DownloadTimeout, maxRedirects: 3);
}
