namespace AdobeTarget.LocalEdge;

/// <summary>The counts of one experience.</summary>
/// <param name="Id">The experience id.</param>
/// <param name="Name">The experience name.</param>
/// <param name="Weight">Its weight.</param>
/// <param name="Visitors">Distinct visitors with at least one impression.</param>
/// <param name="Impressions">Executes and display notifications.</param>
/// <param name="Conversions">Click notifications.</param>
public sealed record LocalExperienceReport(long Id, string? Name, double Weight, long Visitors, long Impressions, long Conversions);
