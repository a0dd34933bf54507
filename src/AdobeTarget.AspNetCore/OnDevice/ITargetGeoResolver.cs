using AdobeTarget.Delivery;

namespace AdobeTarget;

/// <summary>
/// Locates a visitor by IP address for on-device geo targeting, instead of Adobe's geo endpoint: the application's own
/// GeoIP database, or a CDN's country header (read through <c>IHttpContextAccessor</c>). Register it as a singleton.
/// </summary>
public interface ITargetGeoResolver
{
    /// <summary>Locates <paramref name="ipAddress"/>.</summary>
    /// <param name="ipAddress">A valid IPv4 or IPv6 address from the request's <c>context.geo.ipAddress</c>.</param>
    /// <param name="cancellationToken">Cancelled when the call's time budget (<see cref="AdobeTargetOptions.Timeout"/>) is spent.</param>
    /// <returns>The location (country, state, city, latitude, longitude), or <see langword="null"/> when unknown.</returns>
    ValueTask<Geo?> ResolveAsync(string ipAddress, CancellationToken cancellationToken);
}
