using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Artifacts;

/// <summary>Artifacts from the conformance fixtures (linked from AdobeTarget.Decisioning.Tests), and bodies made from them.</summary>
public static class TestArtifacts
{
    /// <summary>The Adobe fixture with 2 rules for <c>mbox-magician</c>.</summary>
    public static byte[] AbSimple => Read("TEST_ARTIFACT_AB_SIMPLE.json");

    /// <summary>The Adobe fixture with 2 rules for <c>mbox-feature-flags</c>.</summary>
    public static byte[] FeatureFlag => Read("TEST_ARTIFACT_FEATURE_FLAG.json");

    /// <summary>Not JSON at all.</summary>
    public static byte[] Garbage => "<html>502 Bad Gateway</html>"u8.ToArray();

    /// <summary><see cref="AbSimple"/> with its version set to <paramref name="version"/>.</summary>
    public static byte[] AbSimpleVersion(string version)
    {
        var json = JsonNode.Parse(AbSimple)!;
        json["version"] = version;
        return Encoding.UTF8.GetBytes(json.ToJsonString());
    }

    /// <summary><see cref="AbSimple"/> whose first rule uses an operator the engine does not know.</summary>
    public static byte[] WithUnsupportedRule()
    {
        var json = JsonNode.Parse(AbSimple)!;
        var rule = json["rules"]!["mboxes"]!["mbox-magician"]![0]!;
        rule["condition"] = JsonNode.Parse("""{"regex_match":[{"var":"page.url"},"x"]}""");
        return Encoding.UTF8.GetBytes(json.ToJsonString());
    }

    /// <summary>Obfuscates JSON as <c>rules.bin</c> (NOTES §1): header <c>ATOD:001</c> + 32-character key, then each byte XOR-ed with UTF-8(organization id + key).</summary>
    public static byte[] Obfuscate(byte[] json, string organizationId)
    {
        const string key = "0123456789abcdef0123456789abcdef";
        var header = Encoding.ASCII.GetBytes("ATOD:001" + key);
        var secret = Encoding.UTF8.GetBytes(organizationId + key);
        var result = new byte[header.Length + json.Length];
        header.CopyTo(result, 0);
        for (var i = 0; i < json.Length; i++)
        {
            result[header.Length + i] = (byte)(json[i] ^ secret[i % secret.Length]);
        }

        return result;
    }

    /// <summary>Gzip of <paramref name="bytes"/>.</summary>
    public static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    private static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "OnDevice", "Artifacts", "TestData", name));
}
