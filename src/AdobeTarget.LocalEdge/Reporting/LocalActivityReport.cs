namespace AdobeTarget.LocalEdge;

/// <summary>The counts of one activity.</summary>
/// <param name="Id">The activity id.</param>
/// <param name="Name">The activity name.</param>
/// <param name="Location">Where it runs: <c>mbox:home</c>, <c>view:cart</c> or <c>pageLoad</c>.</param>
/// <param name="Experiences">Its experiences.</param>
public sealed record LocalActivityReport(long Id, string? Name, string Location, IReadOnlyList<LocalExperienceReport> Experiences);
