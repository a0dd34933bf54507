using System.Collections.Concurrent;

namespace AdobeTarget;

/// <summary>
/// One page view of one visitor. Delivery calls made for the same page view with the same consumer id share a
/// supplemental data id, so Analytics for Target (A4T) stitches them into one hit. Thread-safe.
/// </summary>
public sealed class TargetPageView
{
    /// <summary>The consumer id used when a call names none.</summary>
    public const string DefaultConsumerId = "default";

    private readonly ConcurrentDictionary<string, string> _supplementalDataIds = new(StringComparer.Ordinal);

    /// <summary>Gets the supplemental data id of a consumer, making one (<c>&lt;16 hex&gt;-&lt;16 hex&gt;</c>) on first use.</summary>
    /// <param name="consumerId">The consumer id, or <see langword="null"/> for <see cref="DefaultConsumerId"/>.</param>
    /// <returns>The same id for every call with this consumer id.</returns>
    public string GetSupplementalDataId(string? consumerId) =>
        _supplementalDataIds.GetOrAdd(consumerId ?? DefaultConsumerId, static _ => NewSupplementalDataId());

    internal static string NewSupplementalDataId() => Internal.UniqueIds.SupplementalDataId();
}
