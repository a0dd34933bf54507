using System.Diagnostics;

namespace AdobeTarget.Internal;

/// <summary>The integration's one <see cref="ActivitySource"/>, named <see cref="AdobeTargetDiagnostics.ActivitySourceName"/>.</summary>
internal static class TargetActivitySource
{
    public static readonly ActivitySource Instance = new(AdobeTargetDiagnostics.ActivitySourceName, typeof(TargetActivitySource).Assembly.GetName().Version?.ToString());
}
