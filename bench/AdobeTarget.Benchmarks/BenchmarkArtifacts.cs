namespace AdobeTarget.Benchmarks;

/// <summary>Finds the conformance artifacts the decisioning tests carry (with their licence and source note).</summary>
internal static class BenchmarkArtifacts
{
    public static string Find(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "test", "AdobeTarget.Decisioning.Tests", "TestData", "on-device", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{name} not found above {AppContext.BaseDirectory}");
    }
}
