using Microsoft.Extensions.DependencyInjection;

namespace AdobeTarget;

/// <summary>Returned by <c>AddAdobeTarget()</c> to configure the integration further.</summary>
public sealed class AdobeTargetBuilder
{
    internal AdobeTargetBuilder(IServiceCollection services, IHttpClientBuilder deliveryHttpClient)
    {
        Services = services;
        DeliveryHttpClient = deliveryHttpClient;
    }

    /// <summary>Gets the service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Gets the builder of the Delivery API's HTTP client (<see cref="AdobeTargetDefaults.DeliveryHttpClientName"/>), to add handlers or replace the primary handler.</summary>
    public IHttpClientBuilder DeliveryHttpClient { get; }
}
