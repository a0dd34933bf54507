namespace AdobeTarget.LocalEdge;

/// <summary>The counts of one experience, as Target's reports count by default.</summary>
/// <param name="Id">The experience id.</param>
/// <param name="Name">The experience name.</param>
/// <param name="Weight">Its weight.</param>
/// <param name="Visitors">Distinct visitors who entered the experience (an impression or a conversion).</param>
/// <param name="Impressions">Executes and display notifications (a notification sent again with the same impression id counts once).</param>
/// <param name="Conversions">Converting visitors: click notifications counted once per visitor per activity.</param>
public sealed record LocalExperienceReport(long Id, string? Name, double Weight, long Visitors, long Impressions, long Conversions)
{
    /// <summary>Gets the conversion rate: converting visitors over visitors, from 0 to 1 (every converting visitor is a visitor); 0 without visitors.</summary>
    public double ConversionRate => Visitors == 0 ? 0 : (double)Conversions / Visitors;
}
