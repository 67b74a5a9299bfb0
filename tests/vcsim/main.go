// Command encompass-vcsim runs govmomi's vCenter simulator (package simulator, from Debian's
// golang-github-vmware-govmomi-dev) as a process, for Encompass's vSphere driver tests.
// It prints the SDK URL (without credentials) on its first output line and serves until killed.
package main

import (
	"crypto/tls"
	"flag"
	"fmt"
	"log"
	"net/url"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"

	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/types"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:0", "address to listen on (port 0 picks a free one)")
	user := flag.String("username", "encompass", "the only user name that may log in")
	password := flag.String("password", "vcsim-secret", "that user's password")
	plain := flag.Bool("http", false, "serve plain HTTP instead of HTTPS with a self-signed certificate")
	delays := flag.String("method-delay", "", "hold calls of these methods, e.g. PowerOnVM_Task=60000,CloneVM_Task=500 (ms)")
	flag.Parse()

	model := simulator.VPX()
	model.DelayConfig.MethodDelay = methodDelays(*delays)
	clearPost60Managers(&model.ServiceContent)
	if err := model.Create(); err != nil {
		log.Fatalf("encompass-vcsim: cannot create the inventory: %v", err)
	}

	model.Service.Listen = &url.URL{Host: *listen, User: url.UserPassword(*user, *password)}
	if !*plain {
		model.Service.TLS = new(tls.Config)
	}
	server := model.Service.NewServer()

	endpoint := *server.URL
	endpoint.User = nil
	fmt.Println(endpoint.String())

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGINT, syscall.SIGTERM)
	<-stop
	// Exit without server.Close(): it would wait for calls in flight, and tests stop the simulator
	// in the middle of one. Only the temporary datastore directories are removed.
	model.Remove()
	os.Exit(0)
}

// methodDelays parses "Method=ms,Method=ms": tests hold a call to stop the server while it is in flight.
func methodDelays(spec string) map[string]int {
	delays := map[string]int{}
	for _, pair := range strings.Split(spec, ",") {
		if pair == "" {
			continue
		}
		parts := strings.SplitN(pair, "=", 2)
		ms, err := strconv.Atoi(parts[len(parts)-1])
		if len(parts) != 2 || err != nil {
			log.Fatalf("encompass-vcsim: bad -method-delay entry %q (want Method=milliseconds)", pair)
		}
		delays[parts[0]] = ms
	}
	return delays
}

// clearPost60Managers hides the managers newer than the vSphere 6.0 API from the ServiceContent:
// yavijava 6.0 cannot deserialize a ServiceContent that names managers its type does not declare
// (it fails on vStorageObjectManager, new in 6.5).
func clearPost60Managers(content *types.ServiceContent) {
	content.VStorageObjectManager = nil
	content.HostSpecManager = nil
	content.CryptoManager = nil
	content.HealthUpdateManager = nil
	content.FailoverClusterConfigurator = nil
	content.FailoverClusterManager = nil
}
