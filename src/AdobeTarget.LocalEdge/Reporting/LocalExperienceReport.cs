namespace AdobeTarget.LocalEdge;

/// <summary>The counts of one experience, as Target's reports count by default.</summary>
/// <param name="Id">The experience id.</param>
/// <param name="Name">The experience name.</param>
/// <param name="Weight">Its weight.</param>
/// <param name="Visitors">Distinct visitors who entered the experience (an impression or a conversion).</param>
/// <param name="Impressions">Executes and display notifications, whether the edge or an on-device engine decided (a notification sent again with the same impression id counts once).</param>
/// <param name="Conversions">Converting visitors: click notifications counted once per visitor per activity.</param>
public sealed record LocalExperienceReport(long Id, string? Name, double Weight, long Visitors, long Impressions, long Conversions)
{
    /// <summary>
    /// Gets how many of <see cref="Impressions"/> were decided on device: display notifications carrying the event
    /// tokens of the artifact the edge publishes (<c>rules.json</c> / <c>rules.bin</c>).
    /// </summary>
    public long OnDeviceImpressions { get; init; }

    /// <summary>Gets the conversion rate: converting visitors over visitors, from 0 to 1 (every converting visitor is a visitor); 0 without visitors.</summary>
    public double ConversionRate => Visitors == 0 ? 0 : (double)Conversions / Visitors;
}
