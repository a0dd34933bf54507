using Refit;

namespace AdobeTarget.Delivery;

/// <summary>
/// The Delivery API endpoint, <c>POST /rest/v1/delivery</c>, as a Refit interface.
/// </summary>
/// <remarks>
/// The call returns the raw <see cref="HttpResponseMessage"/> so that the caller decides how each status, an empty
/// body (204 for beacons) and a body that is not JSON are reported. Use <see cref="DeliveryJsonContext"/> to read it.
/// </remarks>
public interface IDeliveryApi
{
    /// <summary>The key of the request option that carries the edge base address chosen for one call.</summary>
    const string EdgeAddressOption = "AdobeTarget.EdgeAddress";

    /// <summary>Sends a delivery request.</summary>
    /// <param name="imsOrgId">The IMS organization id (<c>…@AdobeOrg</c>).</param>
    /// <param name="sessionId">The session id; the edge routes the visitor's profile by it.</param>
    /// <param name="version">The at.js version, or <see langword="null"/> to leave it out.</param>
    /// <param name="request">The request body.</param>
    /// <param name="edgeAddress">The base address of the edge for this call (see <see cref="EdgeAddressOption"/>), or <see langword="null"/> for the client's base address.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The edge's response, which the caller disposes.</returns>
    [Post("/rest/v1/delivery")]
    Task<HttpResponseMessage> DeliverAsync(
        [Query] string imsOrgId,
        [Query] string sessionId,
        [Query] string? version,
        [Body] DeliveryRequest request,
        [Property(EdgeAddressOption)] Uri? edgeAddress,
        CancellationToken cancellationToken);
}
