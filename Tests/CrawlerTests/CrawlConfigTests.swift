import Foundation
import Pipeline
import Testing
@testable import Crawler

@Suite struct CrawlConfigTests {
    @Test func settingsAreReadFromTheCrawlSection() throws {
        let root = try ConfigNode.parse("""
            crawl:
              registry: pipelines/portals.yml
              state: sqlite:output/state.sqlite
              per_host_delay: 1500ms
              per_host_concurrency: 2
              timeout: 10s
              retries: 3
              max_page_size: 2 MB
              max_redirects: 3
              max_pages_per_portal: 50
              allow_private_addresses: [127.0.0.1, intranet.local]
            sinks:
              sqlite: output/baocao.sqlite
            """, file: "nightly.yml")
        let node = try #require(try root.mapping(known: PipelineDefinition.keys)["crawl"])
        let settings = try CrawlSettings(node)
        #expect(settings.registry == "pipelines/portals.yml")
        #expect(settings.state == "sqlite:output/state.sqlite")
        #expect(settings.perHostDelay == .milliseconds(1500))
        #expect(settings.perHostConcurrency == 2)
        #expect(settings.retries == 3)
        #expect(settings.maxPageSize == 2 << 20)
        #expect(settings.maxRedirects == 3)
        #expect(settings.maxPagesPerPortal == 50)
        #expect(settings.privateAddresses.permits("127.0.0.1"))
        #expect(!settings.privateAddresses.permits("10.0.0.1"))
        #expect(settings.userAgent == CrawlSettings.defaultUserAgent)
        #expect(try PipelineDefinition(root).sources.isEmpty)
    }

    @Test(arguments: [
        ("crawl:\n  registry: r.yml\n  per_host_dealy: 1s\n", "crawl.per_host_dealy", "unknown key"),
        ("crawl:\n  per_host_delay: 1s\n", "crawl", "registry"),
        ("crawl:\n  registry: r.yml\n  retries: many\n", "crawl.retries", "whole number"),
        ("crawl:\n  registry: r.yml\n  user_agent: \"  \"\n", "crawl.user_agent", "name the tool"),
    ])
    func badSettingsNameTheirKey(text: String, key: String, message: String) throws {
        let root = try ConfigNode.parse(text, file: "p.yml")
        let node = try #require(try root.mapping(known: PipelineDefinition.keys)["crawl"])
        #expect {
            _ = try CrawlSettings(node)
        } throws: { error in
            guard let error = error as? ConfigError else { return false }
            return error.key == key && error.description.contains(message) && error.line != nil
        }
    }

    @Test func registryReadsPortalsAndTheirHints() throws {
        let registry = try PortalRegistry(ConfigNode.parse("""
            portals:
              - name: tuyengiao-angiang
                start: [https://tuyengiao.angiang.gov.vn/tin-tuc, https://tuyengiao.angiang.gov.vn/rss]
                allow: ["/tin-tuc/*.html"]
                listing: "/tin-tuc?page=*"
                hosts: [www.angiang.gov.vn]
                content_xpath: "//div[@id='noi-dung']"
                encoding: windows-1258
              - name: second
                start: http://example.vn/
                allow: "/bai/*"
            """, file: "portals.yml"))
        #expect(registry.portals.map(\.name) == ["tuyengiao-angiang", "second"])
        let portal = registry.portals[0]
        #expect(portal.hosts == ["tuyengiao.angiang.gov.vn", "www.angiang.gov.vn"])
        #expect(portal.encoding == "windows-1258")
        #expect(portal.contentXPath == "//div[@id='noi-dung']")
        #expect(portal.isArticle(try #require(URL(string: "https://tuyengiao.angiang.gov.vn/tin-tuc/a.html"))))
        #expect(!portal.isArticle(try #require(URL(string: "https://tuyengiao.angiang.gov.vn/lien-he.html"))))
        #expect(portal.isListing(try #require(URL(string: "https://tuyengiao.angiang.gov.vn/tin-tuc?page=4"))))
    }

    @Test(arguments: [
        ("portals:\n  - name: a\n    start: file:///etc/passwd\n    allow: /x\n", "portals[0].start", "http"),
        ("portals:\n  - name: a\n    start: http://x.vn/\n", "portals[0]", "allow"),
        ("portals:\n  - name: a\n    start: http://x.vn/\n    allow: /x\n    xpath: //div\n", "portals[0].xpath", "unknown key"),
        ("portals:\n  - name: a\n    start: http://x.vn/\n    allow: /x\n    content_xpath: \"//div[\"\n", "portals[0].content_xpath", "XPath"),
        ("portals:\n  - name: a\n    start: http://x.vn/\n    allow: /x\n  - name: a\n    start: http://y.vn/\n    allow: /y\n", "portals[1]", "twice"),
    ])
    func badRegistriesNameTheirKey(text: String, key: String, message: String) {
        #expect {
            _ = try PortalRegistry(ConfigNode.parse(text, file: "portals.yml"))
        } throws: { error in
            guard let error = error as? ConfigError else { return false }
            return error.key == key && error.description.contains(message)
        }
    }

    @Test func shippedNightlyPipelineAndRegistryAreValid() throws {
        let root = FakePortal.root
        let settings = try #require(try CrawlSettings.load(pipeline: root.appendingPathComponent("pipelines/nightly.yml").path))
        let registry = try PortalRegistry.load(root.appendingPathComponent(settings.registry).path)
        #expect(registry.portals.count >= 3)
        #expect(settings.deadline == .seconds(5 * 3600))
        #expect(registry.portals.allSatisfy { !$0.start.isEmpty && !$0.allow.isEmpty })
        _ = try PipelineDefinition.load(root.appendingPathComponent("pipelines/nightly.yml").path)
    }
}
