using AdobeTarget.Delivery;

namespace AdobeTarget.Internal;

/// <summary>Sends each delivery call to the edge address chosen for it (the visitor's location hint).</summary>
/// <remarks>Added before any handler the application adds, so those see the final address.</remarks>
internal sealed class EdgeAddressHandler : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<Uri> EdgeAddress = new(IDeliveryApi.EdgeAddressOption);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(EdgeAddress, out var address) && request.RequestUri is { } uri &&
            (uri.Port != address.Port || !string.Equals(uri.Host, address.Host, StringComparison.OrdinalIgnoreCase) || uri.Scheme != address.Scheme))
        {
            request.RequestUri = new Uri(address, uri.PathAndQuery);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
