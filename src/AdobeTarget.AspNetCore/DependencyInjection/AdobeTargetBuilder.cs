using Microsoft.Extensions.DependencyInjection;

namespace AdobeTarget;

/// <summary>Returned by <c>AddAdobeTarget()</c> to configure the integration further.</summary>
public sealed class AdobeTargetBuilder
{
    internal AdobeTargetBuilder(IServiceCollection services, IHttpClientBuilder deliveryHttpClient, IHttpClientBuilder artifactsHttpClient)
    {
        Services = services;
        DeliveryHttpClient = deliveryHttpClient;
        ArtifactsHttpClient = artifactsHttpClient;
    }

    /// <summary>Gets the service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Gets the builder of the Delivery API's HTTP client (<see cref="AdobeTargetDefaults.DeliveryHttpClientName"/>), to add handlers or replace the primary handler.</summary>
    public IHttpClientBuilder DeliveryHttpClient { get; }

    /// <summary>
    /// Gets the builder of the HTTP client that downloads the on-device rules artifact and looks up geo locations
    /// (<see cref="AdobeTargetDefaults.ArtifactsHttpClientName"/>), to add handlers (a proxy, headers) or replace the primary handler.
    /// </summary>
    public IHttpClientBuilder ArtifactsHttpClient { get; }
}
