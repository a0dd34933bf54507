namespace AdobeTarget.AspNetCore.Tests.Diagnostics;

/// <summary>
/// The telemetry tests listen to the process-wide <c>AdobeTarget</c> source and meter, which every other test's
/// container also uses: they run alone, after the parallel tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryTestGroup
{
    public const string Name = "Telemetry";
}
